import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, runCli, tempTree } from '../cli/helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test-results');

// A draft whose file name, front matter and text try to inject markup and script.
const EVIL_NAME = '"><img src=x onerror="window.__pwned=9">.md';
const EVIL_DRAFT = `---
title: '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
region: 徐州市
level: city
date: 2024-01-10
---

# "><img src=x onerror="window.__pwned=3">徐州市未来产业方案

本方案于2022年9月31日印发，"><img src=x onerror="window.__pwned=4">与<script>window.__pwned=5;alert(5)</script>同时实施。

重点发展第三代半导体、未来网络、氢能、<b onmouseover="window.__pwned=6">生物育种</b>、"><svg onload="window.__pwned=7">量子科技等未来产业。
`;

interface Opened {
  page: Page;
  requests: string[];
  dialogs: string[];
  errors: string[];
}

describe('HTML report in a real browser', () => {
  let context: BrowserContext;
  let profile: string;
  let out: string;
  let evilDir: string;

  beforeAll(async () => {
    ensureBuilt();
    out = mkdtempSync(path.join(os.tmpdir(), 'policylint-html-'));
    const zh = runCli(['examples/', '--format', `html:${path.join(out, 'report.html')}`], ROOT);
    expect(zh.code).toBe(1);
    const en = runCli(['examples/', '--locale', 'en', '-f', 'html', '-o', path.join(out, 'report-en.html')], ROOT);
    expect(en.code).toBe(1);
    evilDir = tempTree({ [EVIL_NAME]: EVIL_DRAFT });
    const evil = runCli(['.', '--format', `html:${path.join(out, 'evil.html')}`], evilDir);
    expect(evil.stderr).toBe('');
    expect(evil.code).toBe(1);

    profile = mkdtempSync(path.join(os.tmpdir(), 'policylint-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    for (const dir of [profile, out, evilDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Opened> {
    const page = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // A Content Security Policy violation (our own style or script refused) shows up as a console error.
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Anything but the report itself is recorded and refused.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(path.join(out, file)).href);
    return { page, requests, dialogs, errors };
  }

  const visible = (page: Page) => page.locator('.finding:visible');

  it('shows the totals, the 2013 finding with its sentence and its correction', async () => {
    const { page, errors } = await open('report.html');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('[data-total="error"]').textContent()).toBe('2');
    expect(await page.locator('[data-total="warn"]').textContent()).toBe('3');
    expect(await page.locator('#summary').textContent()).toContain('共 5 个问题（2 个错误，3 个警告）');
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(0);
    expect(await visible(page).count()).toBe(5);

    const finding = page.locator('.finding[data-rule="date-reference-mismatch"]');
    await expect.poll(() => finding.isVisible()).toBe(true);
    expect(await finding.locator('.context mark').textContent()).toBe('2013年11月');
    expect(await finding.locator('.context').textContent()).toContain('江苏省政府于2013年11月印发《关于加快培育发展未来产业的指导意见》');
    expect(await finding.locator('.correction ins').textContent()).toBe('2023年11月');
    expect(await finding.locator('details.explanation summary').textContent()).toContain('规则说明');
    // The rule's explanation (its doc page's 说明) opens in place, from the keyboard.
    await finding.locator('details.explanation summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => finding.locator('.explanation-body').textContent()).toContain('印发日期');

    // The catalogue alignment of the Suzhou report: aliases and the two names not in the province's list.
    const suzhou = page.locator('.doc[data-file="examples/suzhou-news-report.md"]');
    expect(await suzhou.locator('.meta').textContent()).toContain('江苏省“10+X”未来产业体系');
    // The eight fields are listed on line 16 and restated on line 30: one table body per list.
    const lists = suzhou.locator('.alignment tbody');
    expect(await lists.locator('.list-head').allTextContents()).toEqual(['第 16 行第 90 列起的列举', '第 30 行第 83 列起的列举']);
    const first = lists.first();
    expect(await first.locator('tr[data-match="not-found"] td:first-child').allTextContents()).toEqual(['光子芯片与光器件', '数字金融']);
    const aliases = await first.locator('tr[data-match="alias"]').evaluateAll((rows) => rows.map((r) => [r.children[0].textContent, r.children[2].textContent]));
    expect(aliases).toEqual(expect.arrayContaining([['元宇宙', '虚拟现实'], ['量子技术', '量子科技'], ['空天开发', '深海深地空天']]));

    // Kept as CI artifacts: the whole report (scrolled to the top, so the sticky filter bar sits in
    // place) and the 2013 finding as a reviewer sees it.
    mkdirSync(SHOTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'html-report.png'), fullPage: true });
    await finding.screenshot({ path: path.join(SHOTS, 'html-report-2013-finding.png') });
    expect(existsSync(path.join(SHOTS, 'html-report.png'))).toBe(true);
    expect(existsSync(path.join(SHOTS, 'html-report-2013-finding.png'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by severity, category, rule and file, searches, and resets (through labelled controls)', async () => {
    const { page } = await open('report.html');
    await page.getByLabel('级别', { exact: true }).selectOption('error');
    expect(await visible(page).count()).toBe(2);
    expect(await page.locator('#shown').textContent()).toBe('显示 2 / 5 个问题');
    await page.getByLabel('级别', { exact: true }).selectOption('');

    await page.getByLabel('类别', { exact: true }).selectOption('catalogue');
    expect(await visible(page).count()).toBe(4);
    await page.getByLabel('规则', { exact: true }).selectOption('catalogue-misquote');
    expect(await visible(page).count()).toBe(1);
    await page.getByLabel('类别', { exact: true }).selectOption('');
    await page.getByLabel('规则', { exact: true }).selectOption('');

    await page.getByLabel('文件', { exact: true }).selectOption('examples/suzhou-news-report.md');
    expect(await visible(page).count()).toBe(2);
    expect(await page.locator('.doc[data-file="examples/xuzhou-interpretation.md"]').isVisible()).toBe(false);
    await page.getByLabel('文件', { exact: true }).selectOption('');

    await page.getByLabel('搜索', { exact: true }).fill('2013');
    // The misquote shares the 2013 sentence, so its context matches too.
    expect(await visible(page).count()).toBe(2);
    await page.getByLabel('搜索', { exact: true }).fill('2023年11月');
    expect(await visible(page).count()).toBe(1);
    expect(await visible(page).first().getAttribute('data-rule')).toBe('date-reference-mismatch');
    await page.getByLabel('搜索', { exact: true }).fill('没有这样的文字');
    expect(await visible(page).count()).toBe(0);

    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => visible(page).count()).toBe(5);

    // Keyboard only: focus the severity filter and move its selection with the arrow key.
    await page.getByLabel('级别', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => visible(page).count()).toBe(2);
    await page.close();
  });

  it('prints without the filters', async () => {
    const { page } = await open('report.html');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await visible(page).count()).toBe(5);
    // Explanations print expanded.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.finding details.explanation[open] .explanation-body').count()).toBe(5);
    await page.close();
  });

  it('is in English with --locale en', async () => {
    const { page } = await open('report-en.html');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#summary').textContent()).toContain('5 problems (2 errors, 3 warnings)');
    await page.getByLabel('Severity', { exact: true }).selectOption('warn');
    expect(await visible(page).count()).toBe(3);
    expect(await page.locator('.doc h3').first().textContent()).toBe('Catalogue alignment');
    await page.close();
  });

  it('renders a malicious draft as text and runs nothing from it', async () => {
    const { page, requests, dialogs, errors } = await open('evil.html');
    // Give event handlers and any injected script the chance to run.
    await page.mouse.move(200, 400);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([pathToFileURL(path.join(out, 'evil.html')).href]);
    expect(await page.locator('main img, main svg, main b, main script').count()).toBe(0);
    expect(await page.locator('.doc h2').first().textContent()).toContain(EVIL_NAME);
    expect(await page.locator('.meta dd').first().textContent()).toBe('"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    expect(await visible(page).count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'html-report-malicious.png'), fullPage: true });
    const html = readFileSync(path.join(out, 'evil.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    await page.close();
  });
});
