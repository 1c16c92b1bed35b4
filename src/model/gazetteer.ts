/** Place names for inferring region, province and level from an issuer or a title. */

export const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市',
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省',
  '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区', '香港特别行政区', '澳门特别行政区',
];

/** Short names used in issuers and titles (江苏 → 江苏省, 广西 → 广西壮族自治区). */
export const PROVINCE_SHORT: Record<string, string> = Object.fromEntries(
  PROVINCES.map((p) => [p.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''), p]),
);

/** Prefecture-level cities by province (the provinces whose catalogues ship, plus their neighbours). */
const CITIES: Record<string, string[]> = {
  江苏省: ['南京市', '无锡市', '徐州市', '常州市', '苏州市', '南通市', '连云港市', '淮安市', '盐城市', '扬州市', '镇江市', '泰州市', '宿迁市'],
  浙江省: ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'],
  广东省: ['广州市', '深圳市', '珠海市', '汕头市', '佛山市', '韶关市', '湛江市', '肇庆市', '江门市', '茂名市', '惠州市', '梅州市', '汕尾市', '河源市', '阳江市', '清远市', '东莞市', '中山市', '潮州市', '揭阳市', '云浮市'],
  安徽省: ['合肥市', '芜湖市', '蚌埠市', '淮南市', '马鞍山市', '淮北市', '铜陵市', '安庆市', '黄山市', '滁州市', '阜阳市', '宿州市', '六安市', '亳州市', '池州市', '宣城市'],
  山东省: ['济南市', '青岛市', '淄博市', '枣庄市', '东营市', '烟台市', '潍坊市', '济宁市', '泰安市', '威海市', '日照市', '临沂市', '德州市', '聊城市', '滨州市', '菏泽市'],
  山西省: ['太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '晋中市', '运城市', '忻州市', '临汾市', '吕梁市'],
  湖北省: ['武汉市', '黄石市', '十堰市', '宜昌市', '襄阳市', '鄂州市', '荆门市', '孝感市', '荆州市', '黄冈市', '咸宁市', '随州市'],
  四川省: ['成都市'], 湖南省: ['长沙市'], 河南省: ['郑州市'], 河北省: ['石家庄市'], 福建省: ['福州市', '厦门市', '泉州市'],
  江西省: ['南昌市'], 陕西省: ['西安市'], 辽宁省: ['沈阳市', '大连市'], 吉林省: ['长春市'], 黑龙江省: ['哈尔滨市'],
  云南省: ['昆明市'], 贵州省: ['贵阳市'], 甘肃省: ['兰州市'], 海南省: ['海口市'], 青海省: ['西宁市'],
};

export const CITY_PROVINCE: Record<string, string> = Object.fromEntries(
  Object.entries(CITIES).flatMap(([province, cities]) => cities.map((c) => [c, province])),
);

/** Issuers that act for the whole country. */
export const NATIONAL_ISSUERS = /^(?:中共中央|国务院|全国人大|全国人民代表大会|国家|工业和信息化部|工信部|科技部|教育部|财政部|商务部|交通运输部|国家发展改革委|国家发展和改革委员会|中国科学院)/;

export interface Place {
  region?: string;
  province?: string;
  level?: 'national' | 'province' | 'city' | 'district';
}

// Issuers and titles repeat across sentences and files; the lookup walks every place name.
const placeMemo = new Map<string, Place>();

/** Read a place from the start of an issuer or title: 徐州市人民政府, 江苏省政府, 苏州工业园区… */
export function placeOf(text: string): Place {
  let place = placeMemo.get(text);
  if (!place) {
    if (placeMemo.size > 5000) placeMemo.clear();
    place = readPlace(text);
    placeMemo.set(text, place);
  }
  // A copy: callers own what they get.
  return { ...place };
}

function readPlace(text: string): Place {
  const t = text.trim();
  if (NATIONAL_ISSUERS.test(t)) return { level: 'national' };
  for (const p of PROVINCES) {
    if (t.startsWith(p)) {
      const rest = t.slice(p.length);
      const municipality = /市$/.test(p);
      const district = /^[\u4e00-\u9fff]{1,6}?(?:区|县)(?:人民政府|政府|委|办)/.exec(rest);
      if (district) return { province: p, region: p + district[0].replace(/(人民政府|政府|委|办)$/, ''), level: 'district' };
      return { province: p, region: p, level: municipality ? 'province' : 'province' };
    }
  }
  for (const [short, p] of Object.entries(PROVINCE_SHORT)) {
    if (short.length >= 2 && t.startsWith(short) && !t.startsWith(short + '市') && !(short + '市' in CITY_PROVINCE)) {
      // 江苏无锡：… names a city of the province, not the province.
      const city = cityAt(t.slice(short.length).replace(/^省/, ''));
      if (city && CITY_PROVINCE[city] === p) return { province: p, region: city, level: 'city' };
      return { province: p, region: p, level: 'province' };
    }
  }
  for (const [city, province] of Object.entries(CITY_PROVINCE)) {
    const short = city.slice(0, -1);
    if (t.startsWith(city) || (short.length >= 2 && t.startsWith(short))) {
      const rest = t.slice(t.startsWith(city) ? city.length : short.length);
      const district = /^[\u4e00-\u9fff]{1,6}?(?:区|县)(?=人民政府|政府|委|办|$)/.exec(rest);
      if (district) return { province, region: city + district[0], level: 'district' };
      return { province, region: city, level: 'city' };
    }
  }
  // A city or county the lists do not know (新乡市人民政府, 黔江区人民政府): its level, but no province,
  // so no catalogue is ever guessed for it.
  const other = /^([\u4e00-\u9fff]{1,6}?(市|区|县))(?:人民政府|政府|委员会|办公室|办公厅)/.exec(t);
  if (other) return { region: other[1], level: other[2] === '市' ? 'city' : 'district' };
  return {};
}

/** A prefecture-level city named at the start of a text, in full or short form. */
function cityAt(text: string): string | undefined {
  for (const city of Object.keys(CITY_PROVINCE)) {
    const short = city.slice(0, -1);
    if (text.startsWith(city) || (short.length >= 2 && text.startsWith(short))) return city;
  }
  return undefined;
}
