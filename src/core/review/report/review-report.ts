import type { DocumentReview } from '../../domain/review'
import { correctionRuns } from '../corrections'
import { html, raw, type Html } from './html'
import { REPORT_LABELS, type ReportLang } from './labels'

export interface ReportOptions {
  lang: ReportLang
  /** ISO time of generation (injected: reports are reproducible in tests). */
  generatedAt: string
}

const STYLE = `
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#1d2330;margin:2rem auto;max-width:60rem;line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #d9dde5;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #d9dde5;padding:.35rem .4rem;text-align:left;vertical-align:top}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dt{color:#5b6474}
.pass{color:#1d6b34;font-weight:700}.fail{color:#a61b1b;font-weight:700}.score{font-size:2rem;font-weight:700}
del{color:#b3261e;text-decoration:line-through}ins{color:#1f5fbf;text-decoration:underline}
.muted{color:#5b6474}blockquote{margin:0;border-left:3px solid #d9dde5;padding-left:.5rem;color:#5b6474}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`

const FAMILY_NAMES: Record<ReportLang, Record<string, string>> = {
  en: {
    accuracy: 'Accuracy',
    terminology: 'Terminology',
    'linguistic-conventions': 'Language',
    'locale-conventions': 'Numbers and locale',
    style: 'Style',
    source: 'Source text'
  },
  es: {
    accuracy: 'Exactitud',
    terminology: 'Terminología',
    'linguistic-conventions': 'Lengua',
    'locale-conventions': 'Números y convenciones',
    style: 'Estilo',
    source: 'Texto original'
  }
}

const family = (category: string): string => category.split('/')[0] ?? category

/** Horizontal stacked bars per category family: open findings, ignored findings, corrections. */
function chart(review: DocumentReview, lang: ReportLang): Html {
  const L = REPORT_LABELS[lang]
  const rows = new Map<string, { open: number; ignored: number; corrected: number }>()
  const row = (f: string) => rows.get(f) ?? rows.set(f, { open: 0, ignored: 0, corrected: 0 }).get(f)!
  for (const f of review.findings) {
    if (f.state === 'open') row(family(f.category)).open++
    if (f.state === 'ignored') row(family(f.category)).ignored++
  }
  for (const c of review.corrections) if (c.category) row(family(c.category)).corrected++
  const entries = [...rows.entries()].sort((a, b) => a[0].localeCompare(b[0]))
  if (entries.length === 0) return html`<p class="muted">—</p>`
  const max = Math.max(1, ...entries.map(([, v]) => v.open + v.ignored + v.corrected))
  const colours = { open: '#c05a00', ignored: '#9aa3b2', corrected: '#1f5fbf' } as const
  const barHeight = 22
  const width = 620
  const labelWidth = 170
  const scale = (width - labelWidth - 40) / max
  const height = entries.length * (barHeight + 10) + 30
  const bars = entries.map(([name, v], i) => {
    const y = i * (barHeight + 10)
    let x = labelWidth
    const parts = (['open', 'ignored', 'corrected'] as const).map((k) => {
      const w = v[k] * scale
      const rect =
        v[k] > 0
          ? html`<rect x="${x}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${colours[k]}"
              ><title>${L.chartLegend[k]}: ${v[k]}</title></rect
            >`
          : html``
      x += w
      return rect
    })
    return html`<text x="0" y="${y + 16}" font-size="13">${FAMILY_NAMES[lang][name] ?? name}</text>${parts}<text
        x="${x + 6}"
        y="${y + 16}"
        font-size="12"
        >${v.open + v.ignored + v.corrected}</text
      >`
  })
  const legendY = entries.length * (barHeight + 10) + 14
  const legend = (['open', 'ignored', 'corrected'] as const).map(
    (k, i) =>
      html`<rect x="${labelWidth + i * 150}" y="${legendY - 10}" width="12" height="12" fill="${colours[k]}" /><text
          x="${labelWidth + i * 150 + 18}"
          y="${legendY}"
          font-size="12"
          >${L.chartLegend[k]}</text
        >`
  )
  return html`<svg
    role="img"
    aria-label="${L.chart}"
    width="${width}"
    height="${height}"
    viewBox="0 0 ${width} ${height}"
    xmlns="http://www.w3.org/2000/svg"
  >
    ${bars}${legend}
  </svg>`
}

/**
 * The review report for the communications lead, as a self-contained HTML page (prints to PDF):
 * summary, quality score and pass/fail, findings by category as a chart, every correction with its
 * diff, category and author, open queries for the source author, and the sign-off.
 */
export function renderReviewReport(review: DocumentReview, options: ReportOptions): string {
  const L = REPORT_LABELS[options.lang]
  const { document, project, progress, score } = review
  const date = (iso: string): string =>
    new Intl.DateTimeFormat(options.lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
      new Date(iso)
    ) + ' UTC'
  const beadOf = new Map<number, number>()
  for (const b of review.beads) for (const p of b.target) beadOf.set(p, b.position)
  const openQueries = review.queries.filter((q) => q.status === 'open')
  const signoff = review.signoffs.filter((s) => s.action === 'approve').at(-1)

  const corrections = review.corrections.map((c) => {
    const diff = correctionRuns(c.beforeText, c.afterText).map((r) =>
      r.kind === 'deleted' ? html`<del>${r.text}</del>` : r.kind === 'inserted' ? html`<ins>${r.text}</ins>` : r.text
    )
    return html`<tr>
      <td>${(beadOf.get(c.paragraph) ?? c.paragraph) + 1}</td>
      <td>${diff}</td>
      <td>${c.category ?? '—'}</td>
      <td>${c.severity ? L.severities[c.severity] : '—'}</td>
      <td>${c.reviewer}</td>
      <td>${c.comment ?? ''}</td>
      <td>${date(c.createdAt)}</td>
    </tr>`
  })

  const page = html`<!doctype html>
    <html lang="${options.lang}">
      <head>
        <meta charset="utf-8" />
        <title>${L.title}: ${document.name}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <h1>${L.title}: ${document.name}</h1>
        <dl>
          <dt>${L.project}</dt>
          <dd>${project.name}</dd>
          <dt>${L.languages}</dt>
          <dd>${document.sourceLang.toUpperCase()} → ${document.targetLang.toUpperCase()}</dd>
          <dt>${L.status}</dt>
          <dd>${L.statuses[document.status]}</dd>
          <dt>${L.generated}</dt>
          <dd>${date(options.generatedAt)}</dd>
        </dl>
        <h2>${L.summary}</h2>
        <dl>
          <dt>${L.segments}</dt>
          <dd>${progress.reviewed} / ${progress.segments}</dd>
          <dt>${L.words}</dt>
          <dd>${score.wordCount}</dd>
          <dt>${L.findings} (${L.findingStates})</dt>
          <dd>${progress.findingsOpen} / ${progress.findingsFixed} / ${progress.findingsIgnored}</dd>
        </dl>
        <h2>${L.quality}</h2>
        <p>
          <span class="score">${score.score.toFixed(1)}</span>
          <span class="${score.pass ? 'pass' : 'fail'}">${score.pass ? L.pass : L.fail}</span>
          <span class="muted">(${L.threshold} ${score.threshold})</span>
        </p>
        <p class="muted">${L.formula}</p>
        <p>
          ${L.bySeverity}: ${L.severities.minor} ${score.bySeverity.minor} · ${L.severities.major}
          ${score.bySeverity.major} · ${L.severities.critical} ${score.bySeverity.critical}
        </p>
        <h2>${L.chart}</h2>
        ${chart(review, options.lang)}
        <h2>${L.corrections}</h2>
        ${
          corrections.length === 0
            ? html`<p class="muted">${L.noCorrections}</p>`
            : html`<table>
                <thead>
                  <tr>
                    <th>${L.segment}</th>
                    <th>${L.change}</th>
                    <th>${L.category}</th>
                    <th>${L.severity}</th>
                    <th>${L.author}</th>
                    <th>${L.comment}</th>
                    <th>${L.when}</th>
                  </tr>
                </thead>
                <tbody>
                  ${corrections}
                </tbody>
              </table>`
        }
        <h2>${L.queries}</h2>
        ${
          openQueries.length === 0
            ? html`<p class="muted">${L.noQueries}</p>`
            : html`<table>
                <thead>
                  <tr>
                    <th>${L.segment}</th>
                    <th>${L.sourceText}</th>
                    <th>${L.question}</th>
                    <th>${L.author}</th>
                  </tr>
                </thead>
                <tbody>
                  ${openQueries.map(
                    (q) =>
                      html`<tr>
                        <td>${q.beadPosition + 1}</td>
                        <td><blockquote lang="${document.sourceLang}">${q.sourceText}</blockquote></td>
                        <td>${q.question}</td>
                        <td>${q.author}</td>
                      </tr>`
                  )}
                </tbody>
              </table>`
        }
        <h2>${L.signoff}</h2>
        ${
          signoff && document.status === 'approved'
            ? html`<p>
                <strong>${L.actions.approve}</strong>: ${signoff.name} (${L.role}: ${signoff.role}),
                ${date(signoff.createdAt)}${signoff.note ? html`. ${L.note}: ${signoff.note}` : ''}
              </p>`
            : html`<p class="muted">${L.notSigned}</p>`
        }
        ${
          review.signoffs.length > 0
            ? html`<table>
                <tbody>
                  ${review.signoffs.map(
                    (s) =>
                      html`<tr>
                        <td>${L.actions[s.action]}</td>
                        <td>${s.name}</td>
                        <td>${s.role}</td>
                        <td>${date(s.createdAt)}</td>
                        <td>${s.note ?? ''}</td>
                      </tr>`
                  )}
                </tbody>
              </table>`
            : ''
        }
      </body>
    </html>`
  return page.value
}
