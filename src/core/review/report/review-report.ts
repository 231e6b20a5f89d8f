import type { FindingView } from '../../domain/findings'
import { severityRank } from '../../domain/findings'
import type { DocumentReview, Signoff } from '../../domain/review'
import { REJECTION_NOTE, type Bead } from '../../domain/document'
import { correctionRuns, gapBefore } from '../corrections'
import { storedFindingText, type FindingText } from './finding-text'
import { html, raw, type Html } from './html'
import { categoryName, familyName, REPORT_LABELS, roleName, type ReportLabels, type ReportLang } from './labels'

export interface ReportOptions {
  lang: ReportLang
  /** ISO time of generation (injected: reports are reproducible in tests). */
  generatedAt: string
  /** Findings' titles and messages in `lang` (default: the English message they carry). */
  findingText?: FindingText
}

const STYLE = `
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#1d2330;margin:2rem auto;max-width:60rem;line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #d9dde5;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #d9dde5;padding:.35rem .4rem;text-align:left;vertical-align:top}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dt{color:#5b6474}
.pass{color:#1d6b34;font-weight:700}.fail{color:#a61b1b;font-weight:700}.score{font-size:2rem;font-weight:700}
del{color:#b3261e;text-decoration:line-through}ins{color:#1f5fbf;text-decoration:underline}
.muted{color:#5b6474}.warning{border-left:4px solid #a61b1b;background:#fbeaea;padding:.4rem .6rem}
.provisional{color:#8a5300;font-weight:700}.override{border-left:4px solid #c05a00;background:#fdf1e4;padding:.4rem .6rem}
blockquote{margin:0;border-left:3px solid #d9dde5;padding-left:.5rem;color:#5b6474}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`

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
    return html`<text x="0" y="${y + 16}" font-size="13">${familyName(L, name)}</text>${parts}<text
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

/** Open findings first by severity (critical first), then in document order. */
const bySeverityThenSegment = (a: FindingView, b: FindingView): number =>
  severityRank(b.severity) - severityRank(a.severity) || a.segment - b.segment

/** The phrase diff of a correction: deleted text struck through, a space, then the inserted text. */
function diffOf(before: string, after: string): Html[] {
  const runs = correctionRuns(before, after)
  return runs.map((r, i) =>
    r.kind === 'deleted'
      ? html`<del>${r.text}</del>`
      : r.kind === 'inserted'
        ? html`${gapBefore(runs, i) ? ' ' : ''}<ins>${r.text}</ins>`
        : html`${r.text}`
  )
}

/** The text a finding is about: a mismatch shows both sides (source → target), otherwise its one span. */
const spanText = (f: FindingView): string =>
  f.side === 'both' && f.sourceSpan && f.targetSpan
    ? `${f.sourceSpan.text} → ${f.targetSpan.text}`
    : (f.targetSpan?.text ?? f.sourceSpan?.text ?? '')

function findingsTable(L: ReportLabels, list: FindingView[], text: FindingText, ignored: boolean): Html {
  if (list.length === 0) return html`<p class="muted">${ignored ? L.noIgnoredFindings : L.noOpenFindings}</p>`
  return html`<table data-findings="${ignored ? 'ignored' : 'open'}">
    <thead>
      <tr>
        <th>${L.segment}</th>
        <th>${L.severity}</th>
        <th>${L.category}</th>
        <th>${L.finding}</th>
        <th>${L.text}</th>
        ${
          ignored
            ? html`<th>${L.reason}</th>
                <th>${L.ignoredBy}</th>`
            : ''
        }
      </tr>
    </thead>
    <tbody>
      ${list.map((f) => {
        const t = text(f)
        return html`<tr>
          <td>${f.segment + 1}</td>
          <td>${L.severities[f.severity]}</td>
          <td>${categoryName(L, f.category)}</td>
          <td><strong>${t.title}</strong>: ${t.message}</td>
          <td>${spanText(f)}</td>
          ${
            ignored
              ? html`<td>${f.reason ?? html`<span class="muted">${L.noReason}</span>`}</td>
                  <td>${f.ignoredBy ?? ''}</td>`
              : ''
          }
        </tr>`
      })}
    </tbody>
  </table>`
}

/**
 * The one sign-off block: who approved, in which role and when, their note, the override and what it
 * left open, and a warning when the approver also corrected the text. Earlier approvals and reopenings
 * follow as a history (never the current approval twice).
 */
function signoffBlock(review: DocumentReview, L: ReportLabels, date: (iso: string) => string): Html {
  const approved = review.document.status === 'approved'
  const current: Signoff | undefined = approved
    ? review.signoffs.filter((s) => s.action === 'approve').at(-1)
    : undefined
  const earlier = review.signoffs.filter((s) => s !== current)
  const ownCorrections = current ? review.corrections.filter((c) => c.reviewer === current.name).length : 0
  const head = current
    ? html`<dl>
          <dt>${L.approvedBy}</dt>
          <dd data-signoff="approver">${current.name}</dd>
          <dt>${L.role}</dt>
          <dd>${roleName(L, current.role)}</dd>
          <dt>${L.when}</dt>
          <dd>${date(current.createdAt)}</dd>
          ${
            current.note
              ? html`<dt>${L.note}</dt>
                  <dd>${current.note}</dd>`
              : ''
          }
        </dl>
        ${
          current.override
            ? html`<p class="override" data-signoff="override"><strong>${L.override}:</strong> ${current.override}</p>`
            : ''
        }
        ${
          ownCorrections > 0
            ? html`<p class="warning" data-signoff="self-review">${L.approverCorrected(ownCorrections)}</p>`
            : ''
        }`
    : html`<p class="muted">${L.notSigned}</p>`
  const history =
    earlier.length === 0
      ? ''
      : html`<h3>${L.history}</h3>
          <table>
            <tbody>
              ${earlier.map(
                (s) =>
                  html`<tr>
                    <td>${L.actions[s.action]}</td>
                    <td>${s.name}</td>
                    <td>${roleName(L, s.role)}</td>
                    <td>${date(s.createdAt)}</td>
                    <td>${s.note ?? ''}${s.override ? html` · ${L.override}: ${s.override}` : ''}</td>
                  </tr>`
              )}
            </tbody>
          </table>`
  return html`<section data-signoff="block">${head}${history}</section>`
}

function scoreBlock(review: DocumentReview, L: ReportLabels): Html {
  const { score } = review
  const verdict = score.provisional
    ? html`<span class="provisional">${L.provisional}</span>`
    : html`<span class="${score.pass ? 'pass' : 'fail'}">${score.pass ? L.pass : L.fail}</span>`
  return html`<p>
      <span class="score">${score.score.toFixed(1)}</span>
      ${verdict}
      <span class="muted">(${L.threshold} ${score.threshold})</span>
    </p>
    ${score.provisional ? html`<p>${L.provisionalNote(score.open, score.ifOpenConfirmed.toFixed(1))}</p>` : ''}
    ${!score.provisional && score.open > 0 ? html`<p>${L.overriddenNote}</p>` : ''}`
}

/**
 * The review report for the communications lead, as a self-contained HTML page (prints to PDF):
 * summary, quality score (provisional while findings are open), findings by category as a chart,
 * every open and every ignored finding, every correction with its phrase diff, the queries for the
 * source author, and one sign-off block.
 */
export function renderReviewReport(review: DocumentReview, options: ReportOptions): string {
  const L = REPORT_LABELS[options.lang]
  const text = options.findingText ?? storedFindingText
  const { document, project, progress, score } = review
  const date = (iso: string): string =>
    new Intl.DateTimeFormat(options.lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
      new Date(iso)
    ) + ' UTC'
  const beadOf = new Map<number, number>()
  for (const b of review.beads) for (const p of b.target) beadOf.set(p, b.position)
  const open = review.findings.filter((f) => f.state === 'open').sort(bySeverityThenSegment)
  const ignored = review.findings.filter((f) => f.state === 'ignored').sort((a, b) => a.segment - b.segment)
  // A rejection's reason is the reviewer's, listed with the rejected segments, not among the file's notes.
  const fileNotes = review.beads.flatMap((b) =>
    b.notes.filter((n) => n.category !== REJECTION_NOTE).map((note) => ({ segment: b.position, note }))
  )
  const rejected = review.beads.filter((b) => b.status === 'rejected')
  const sideText = (bead: Bead, side: 'source' | 'target'): string =>
    bead[side].map((p) => review[side][p]?.text ?? '').join('\n\n')

  const corrections = review.corrections.map(
    (c) =>
      html`<tr>
        <td>${(beadOf.get(c.paragraph) ?? c.paragraph) + 1}</td>
        <td>${diffOf(c.beforeText, c.afterText)}</td>
        <td>${c.category ? categoryName(L, c.category) : '—'}</td>
        <td>${c.severity ? L.severities[c.severity] : '—'}</td>
        <td>${c.reviewer}</td>
        <td>${c.comment ?? ''}</td>
        <td>${date(c.createdAt)}</td>
      </tr>`
  )

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
        ${scoreBlock(review, L)}
        <p class="muted">${L.formula}</p>
        <p>
          ${L.bySeverity}: ${L.severities.minor} ${score.bySeverity.minor} · ${L.severities.major}
          ${score.bySeverity.major} · ${L.severities.critical} ${score.bySeverity.critical}
        </p>
        <h2>${L.chart}</h2>
        ${chart(review, options.lang)}
        <h2>${L.rejected} (${rejected.length})</h2>
        ${
          rejected.length === 0
            ? html`<p class="muted">${L.noRejected}</p>`
            : html`<table data-report="rejected">
                <thead>
                  <tr>
                    <th>${L.segment}</th>
                    <th>${L.sourceText}</th>
                    <th>${L.targetText}</th>
                    <th>${L.reason}</th>
                    <th>${L.author}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rejected.map((b) => {
                    const why = b.notes.find((n) => n.category === REJECTION_NOTE)
                    return html`<tr>
                      <td>${b.position + 1}</td>
                      <td><blockquote lang="${document.sourceLang}">${sideText(b, 'source')}</blockquote></td>
                      <td><blockquote lang="${document.targetLang}">${sideText(b, 'target')}</blockquote></td>
                      <td>${why?.text ?? ''}</td>
                      <td>${why?.author ?? ''}</td>
                    </tr>`
                  })}
                </tbody>
              </table>`
        }
        <h2>${L.openFindings} (${open.length})</h2>
        ${findingsTable(L, open, text, false)}
        <h2>${L.ignoredFindings} (${ignored.length})</h2>
        ${findingsTable(L, ignored, text, true)}
        <h2>${L.corrections} (${corrections.length})</h2>
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
        <h2>${L.queries} (${review.queries.length})</h2>
        ${
          review.queries.length === 0
            ? html`<p class="muted">${L.noQueries}</p>`
            : html`<table>
                <thead>
                  <tr>
                    <th>${L.segment}</th>
                    <th>${L.sourceText}</th>
                    <th>${L.question}</th>
                    <th>${L.author}</th>
                    <th>${L.status}</th>
                    <th>${L.answer}</th>
                  </tr>
                </thead>
                <tbody>
                  ${review.queries.map(
                    (q) =>
                      html`<tr>
                        <td>${q.beadPosition + 1}</td>
                        <td><blockquote lang="${document.sourceLang}">${q.sourceText}</blockquote></td>
                        <td>${q.question}</td>
                        <td>${q.author}</td>
                        <td>${L.queryStatuses[q.status]}</td>
                        <td>${q.answer ?? ''}</td>
                      </tr>`
                  )}
                </tbody>
              </table>`
        }
        ${
          fileNotes.length === 0
            ? ''
            : html`<h2>${L.fileNotes} (${fileNotes.length})</h2>
                <table>
                  <thead>
                    <tr>
                      <th>${L.segment}</th>
                      <th>${L.kind}</th>
                      <th>${L.author}</th>
                      <th>${L.noteText}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${fileNotes.map(
                      ({ segment, note }) =>
                        html`<tr>
                          <td>${segment + 1}</td>
                          <td>${L.noteKinds[note.kind]}</td>
                          <td>${note.author ?? ''}</td>
                          <td>${note.text}</td>
                        </tr>`
                    )}
                  </tbody>
                </table>`
        }
        <h2>${L.signoff}</h2>
        ${signoffBlock(review, L, date)}
      </body>
    </html>`
  return page.value
}
