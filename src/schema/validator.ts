import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import { precompiledValidator } from './precompiled.js';

/** One Ajv for the schemas not compiled at build time (plugins' rule options), made on first need. */
let ajv: Ajv | undefined;

const cache = new WeakMap<object, ValidateFunction>();

export function compileSchema(schema: object): ValidateFunction {
  let fn = cache.get(schema);
  if (!fn) {
    fn = precompiledValidator(schema) ?? (ajv ??= createAjv()).compile(schema);
    cache.set(schema, fn);
  }
  return fn;
}

export interface SchemaProblem {
  /** JSON-pointer-like path made readable: rules["list-count-mismatch"], level, catalogues[0]. */
  path: string;
  /** ajv instancePath, kept for mapping back to source positions. */
  pointer: string;
  message: { 'zh-CN': string; en: string };
}

/** Validate and turn ajv's errors into messages that say where, what was found and what is allowed. */
export function validateWithSchema(schema: object, data: unknown): SchemaProblem[] {
  const validate = compileSchema(schema);
  if (validate(data)) return [];
  return dedupe((validate.errors ?? []).map((e) => describeError(e, data)));
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = p.path + p.message.en;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function readablePath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || '(root)';
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  for (const p of pointer.split('/').slice(1)) {
    if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
    else return undefined;
  }
  return cur;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function describeError(e: ErrorObject, data: unknown): SchemaProblem {
  let pointer = e.instancePath;
  const found = valueAt(data, pointer);
  const p = e.params as Record<string, unknown>;
  let zh: string;
  let en: string;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      pointer = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const schemaProps = Object.keys(((e.parentSchema as { properties?: object })?.properties ?? {}) as object);
      const allowed = schemaProps.join(', ');
      zh = `未知的键「${key}」；可用的键：${allowed}`;
      en = `unknown key "${key}"; allowed keys: ${allowed}`;
      break;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String).join(', ');
      zh = `值 ${show(found)} 无效，应为以下之一：${allowed}`;
      en = `must be one of ${allowed} (found ${show(found)})`;
      break;
    }
    case 'type':
      zh = `类型应为 ${p.type}，实际为 ${show(found)}`;
      en = `must be ${p.type} (found ${show(found)})`;
      break;
    case 'format':
      zh = `格式应为 ${p.format === 'date' ? 'YYYY-MM-DD 的日期' : p.format}，实际为 ${show(found)}`;
      en = `must be a ${p.format === 'date' ? 'date in YYYY-MM-DD form' : p.format} (found ${show(found)})`;
      break;
    case 'pattern':
      zh = `格式不符（${show(found)}），应匹配 ${p.pattern}`;
      en = `does not match the expected form ${p.pattern} (found ${show(found)})`;
      break;
    case 'required':
      pointer = `${pointer}/${String(p.missingProperty)}`;
      zh = `缺少必填项「${p.missingProperty}」`;
      en = `is required but missing`;
      break;
    case 'minLength':
      zh = `不能为空`;
      en = `must not be empty`;
      break;
    default:
      zh = `${e.message ?? '无效'}（实际为 ${show(found)}）`;
      en = `${e.message ?? 'is invalid'} (found ${show(found)})`;
  }
  return { path: readablePath(pointer), pointer, message: { 'zh-CN': zh, en } };
}
