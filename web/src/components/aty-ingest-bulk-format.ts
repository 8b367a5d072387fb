import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { locale, type MessageKey, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

interface Column {
  ndjson: string;
  csv: string;
  required: boolean;
  help: MessageKey;
}

// The fields of server/contract/reports.ts ReportInput, and their CSV names (server/bulk/csv-records.ts).
const COLUMNS: readonly Column[] = [
  { ndjson: 'country', csv: 'country', required: true, help: 'ingest.columns.country' },
  { ndjson: 'date', csv: 'date', required: true, help: 'ingest.columns.date' },
  { ndjson: 'text', csv: 'text', required: true, help: 'ingest.columns.text' },
  { ndjson: 'title', csv: 'title', required: false, help: 'ingest.columns.titleField' },
  { ndjson: 'lang', csv: 'lang', required: false, help: 'ingest.columns.lang' },
  {
    ndjson: 'period.from, period.to',
    csv: 'period_from, period_to',
    required: false,
    help: 'ingest.columns.period',
  },
  { ndjson: 'source.name', csv: 'source_name', required: false, help: 'ingest.columns.sourceName' },
  { ndjson: 'source.url', csv: 'source_url', required: false, help: 'ingest.columns.sourceUrl' },
  {
    ndjson: 'source.reliability',
    csv: 'source_reliability',
    required: false,
    help: 'ingest.columns.reliability',
  },
  { ndjson: 'tags', csv: 'tags', required: false, help: 'ingest.columns.tags' },
  { ndjson: 'externalId', csv: 'externalId', required: false, help: 'ingest.columns.externalId' },
];

const NDJSON_EXAMPLE = [
  '{"country":"SDN","date":"2026-03-01","title":"Weekly update","text":"Militia fighters burned homes in El Geneina.","source":{"name":"Field monitor","reliability":"B2"},"tags":["darfur"]}',
  '{"country":"COL","date":"2026-03-02","text":"Grupos armados desplazaron a 300 familias en el Cauca.","lang":"es","externalId":"col-0042"}',
].join('\n');

const CSV_EXAMPLE = [
  'country,date,title,text,source_name,source_reliability,tags',
  'SDN,2026-03-01,Weekly update,"Militia fighters burned homes in El Geneina.",Field monitor,B2,darfur;west',
  'COL,2026-03-02,,"Grupos armados desplazaron a 300 familias en el Cauca.",,,',
].join('\n');

/** What a bulk file must contain: the columns (NDJSON and CSV names), which are required, and examples. */
@customElement('aty-ingest-bulk-format')
export class AtyIngestBulkFormat extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      pre {
        background: var(--page);
        border: 1px solid var(--border);
        border-radius: var(--radius);
        padding: 0.6rem 0.8rem;
        overflow-x: auto;
        font-size: 0.85rem;
        margin: 0 0 1rem;
      }
      h3 {
        margin: 1rem 0 0.5rem;
      }
      table {
        margin-bottom: 1rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  override render() {
    return html`<section aria-labelledby="format-title">
      <h3 id="format-title">${t('ingest.columns.title')}</h3>
      <p class="help">${t('ingest.columns.help')}</p>
      <div class="table-wrap">
        <table data-testid="bulk-columns">
          <thead>
            <tr>
              <th scope="col">NDJSON</th>
              <th scope="col">CSV</th>
              <th scope="col">${t('ingest.columns.required')}</th>
              <th scope="col">${t('ingest.columns.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            ${COLUMNS.map(
              (c) => html`<tr>
                <td><code>${c.ndjson}</code></td>
                <td><code>${c.csv}</code></td>
                <td>${c.required ? t('ingest.columns.yes') : t('ingest.columns.no')}</td>
                <td>${t(c.help)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h3 id="example-ndjson">${t('ingest.columns.exampleNdjson')}</h3>
      <pre tabindex="0"><code>${NDJSON_EXAMPLE}</code></pre>
      <h3 id="example-csv">${t('ingest.columns.exampleCsv')}</h3>
      <pre tabindex="0"><code>${CSV_EXAMPLE}</code></pre>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-ingest-bulk-format': AtyIngestBulkFormat;
  }
}
