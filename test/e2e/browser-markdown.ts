// A deliberately small Markdown → HTML converter for screenshots of the PR comment (the
// subset our comment renderer emits: headings, paragraphs, pipe tables, fenced code, lists,
// block quotes, raw <details>/<summary>, **bold**, `code`, [links](…)). Not a general Markdown parser;
// links are rendered as text so the page loads nothing.
function inline(text: string): string {
  return text
    .replace(/`([^`]+)`/g, (_m, code: string) => `<code>${code.replace(/</g, '&lt;')}</code>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '<span class="link">$1</span>')
}

function table(rows: string[]): string {
  const cells = (row: string): string[] =>
    row
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim())
  const [head, , ...body] = rows
  const th = cells(head ?? '')
    .map((c) => `<th>${inline(c)}</th>`)
    .join('')
  const trs = body
    .map(
      (r) =>
        `<tr>${cells(r)
          .map((c) => `<td>${inline(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('')
  return `<table><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table>`
}

export function markdownToHtml(markdown: string): string {
  const out: string[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const fence = /^(`{3,})/.exec(line)
    if (fence) {
      const code: string[] = []
      while (++i < lines.length && !(lines[i] ?? '').startsWith(fence[1] ?? '```')) {
        code.push((lines[i] ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;'))
      }
      out.push(`<pre><code>${code.join('\n')}</code></pre>`)
    } else if (line.startsWith('|')) {
      const rows = [line]
      while ((lines[i + 1] ?? '').startsWith('|')) {
        rows.push(lines[++i] ?? '')
      }
      out.push(table(rows))
    } else if (/^#{1,4} /.test(line)) {
      const level = line.indexOf(' ')
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`)
    } else if (line.startsWith('> ')) {
      out.push(`<blockquote>${inline(line.slice(2))}</blockquote>`)
    } else if (/^[-*] /.test(line)) {
      out.push(`<ul><li>${inline(line.slice(2))}</li></ul>`)
    } else if (/^\s*<\/?(details|summary)/.test(line) || line.startsWith('<!--')) {
      out.push(line)
    } else if (line.trim() !== '') {
      out.push(`<p>${inline(line)}</p>`)
    }
  }
  return out.join('\n')
}

export const COMMENT_CSS = `
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; background: #fff; margin: 0; padding: 24px; }
.comment { max-width: 880px; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment > header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.comment > header b { color: #1f2328; } .body { padding: 8px 16px 16px; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d1d9e0; padding: 4px 12px; } th { background: #f6f8fa; }
code { background: rgba(129,139,152,.15); padding: .1em .35em; border-radius: 4px; font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: #f6f8fa; padding: 12px; border-radius: 6px; overflow: auto; } pre code { background: none; padding: 0; }
h2, h3 { margin: 16px 0 8px; } h2 { font-size: 20px; border-bottom: 1px solid #d1d9e0; padding-bottom: 4px; } .link { color: #0969da; }
blockquote { margin: 8px 0; padding: 0 12px; color: #59636e; border-left: 4px solid #d1d9e0; } details { margin: 8px 0; } summary { cursor: pointer; color: #0969da; }
`
