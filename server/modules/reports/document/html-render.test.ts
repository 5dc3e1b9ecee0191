import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from './html-render.ts';
import { sampleReport } from './sample-report.ts';

/** Visible text of the fragment: style dropped, tags removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderHtml', () => {
  const html = renderHtml(sampleReport());

  it('shows the same header, title and closing as the .docx, in the same order', () => {
    const text = visibleText(html);
    const expected = [
      'LĐLĐ THỊ XÃ HƯƠNG TRÀ',
      'CĐCS CƠ QUAN\nXÃ HƯƠNG BÌNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-CĐCS',
      'Hương Bình, ngày 25 tháng 12 năm 2023',
      'BÁO CÁO',
      'Phương hướng nhiệm vụ thực hiện phong trào thi đua yêu nước năm 2024',
      'A. ĐÁNH GIÁ TÌNH HÌNH',
      'Danh hiệu thi đua',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
    ];
    const positions = expected.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0), `missing: ${expected.filter((_, i) => positions[i] < 0).join(' | ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('escapes every piece of text', () => {
    const doc = sampleReport();
    doc.issuer = 'CĐCS <script>alert(1)</script>';
    doc.blocks = [{ kind: 'paragraph', text: 'Thu < chi & "quỹ" > 0' }];
    doc.signer = { ...doc.signer, name: "O'Neil <b>" };
    const out = renderHtml(doc);
    expect(out).not.toMatch(/<script|<b>/i);
    expect(out).toContain('&lt;SCRIPT&gt;');
    expect(out).toContain('Thu &lt; chi &amp; &quot;quỹ&quot; &gt; 0./.');
    expect(out).toContain('O&#39;Neil &lt;b&gt;');
  });

  it('scopes every style rule under .official-doc', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const selectors = [...css.matchAll(/([^{}]+)\{[^}]*\}/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()));
    expect(selectors.length).toBeGreaterThan(10);
    for (const selector of selectors) {
      expect(selector.startsWith('.official-doc')).toBe(true);
    }
    expect(html.startsWith('<div class="official-doc">')).toBe(true);
  });

  it('draws an A4 page, turned for landscape documents', () => {
    expect(html).toContain('width: 210mm');
    expect(renderHtml({ ...sampleReport(), orientation: 'landscape' })).toContain('class="od-page od-page--landscape"');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
