import { describe, expect, it } from 'vitest';
import { renderMarkdown, markdownToPlainText } from '../../scripts/publish/site-markdown.ts';

describe('renderMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', ''],
    ['Text <img src=x onerror="alert(1)"> more', '<p>Text  more</p>'],
    ['[a](javascript:alert(1))', '<p><a>a</a></p>'],
    ['<a href="javascript:alert(1)">b</a>', '<p>b</p>'],
    ['[ok](https://example.com/x)', '<p><a href="https://example.com/x">ok</a></p>'],
    ['# Title\n\n## Part', '<h2>Title</h2>\n<h3>Part</h3>'],
    ['**bold** and `code`', '<p><strong>bold</strong> and <code>code</code></p>'],
  ])('%s → %s', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  it('places the document\'s top headings at the given level, so the page never skips one', () => {
    expect(renderMarkdown('## Purpose\n\n### Detail\n\n## Scope')).toBe('<h2>Purpose</h2>\n<h3>Detail</h3>\n<h2>Scope</h2>');
    expect(renderMarkdown('### Step detail', 4)).toBe('<h4>Step detail</h4>');
    expect(renderMarkdown('# A\n\n###### deep', 2)).toBe('<h2>A</h2>\n<h6>deep</h6>');
  });

  it('keeps GitHub tables, each in a scroll region of its own named after its headings', () => {
    expect(renderMarkdown('| a | b |\n| - | - |\n| 1 | 2 |')).toBe('<div class="table-scroll" tabindex="0" role="region" aria-label="Table: a b"><table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table></div>');
  });

  it('a document cannot bring its own scroll region or attributes: the wrapper is added after sanitising', () => {
    expect(renderMarkdown('<div class="table-scroll" onclick="x()" role="region">hi</div>\n\nText')).toBe('<p>Text</p>');
  });

  it('reduces Markdown to plain text', () => {
    expect(markdownToPlainText('Say **who** & <b>when</b> < 5.')).toBe('Say who & when < 5.');
  });
});
