import type { DetailFigure, ReturnDetail } from '../../../../core/hub-api';
import { valuePath } from '../../../../core/validation/paths';
import { Tag } from '../components/Tag';
import { formatPercent, formatValue } from '../format';
import { RAG_COLOUR, ragWords, returnHref } from './words';

const value = (f: DetailFigure, n: number | null) => (n === null ? 'Blank' : formatValue(f.kind, n));

function Delivery({ percent, rag }: { percent: number | null; rag: DetailFigure['rag'] }) {
  if (percent === null) return <span class="app-hub-small">No target</span>;
  return (
    <>
      {formatPercent(percent)} {rag && <Tag colour={RAG_COLOUR[rag]}>{ragWords(rag)}</Tag>}
    </>
  );
}

/** Each figure against the profile in force: delivery % and RAG in words (P1, P2). */
export function FiguresTable({ detail, canQuery }: { detail: ReturnDetail; canQuery: boolean }) {
  if (detail.figures.length === 0) return <p>This return has no figures.</p>;
  return (
    <div class="app-hub-scroll" role="region" aria-labelledby="figures-caption" tabIndex={0}>
      <table class="app-table" data-testid="figures-table">
        <caption class="app-table__caption" id="figures-caption">
          Figures against the profile
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col" class="app-table__numeric">
              This quarter
            </th>
            <th scope="col" class="app-table__numeric">
              Profile
            </th>
            <th scope="col">Delivery</th>
            <th scope="col">Year to date</th>
            {canQuery && (
              <th scope="col">
                <span class="app-visually-hidden">Query</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {detail.figures.map((f) => (
            <tr key={f.indicatorId} data-testid="figure-row">
              <th scope="row">
                {f.name}
                {!f.required && <span class="app-hub-small app-hub-block">Optional</span>}
              </th>
              <td class="app-table__numeric">
                {value(f, f.value)}
                {f.derived !== null && f.derived !== f.value && (
                  <span class="app-hub-small app-hub-block">
                    Records say {formatValue(f.kind, f.derived)}
                    {f.overrideReason ? `: “${f.overrideReason}”` : ''}
                  </span>
                )}
              </td>
              <td class="app-table__numeric">{f.target === null ? '—' : formatValue(f.kind, f.target)}</td>
              <td>
                <Delivery percent={f.deliveryPercent} rag={f.rag} />
              </td>
              <td>
                {f.yearToDateTarget !== null || f.yearToDate !== null ? (
                  <>
                    {f.yearToDate !== null && (
                      <span class="app-hub-block">
                        {formatValue(f.kind, f.yearToDate)}
                        {f.yearToDateTarget !== null && ` of ${formatValue(f.kind, f.yearToDateTarget)}`}
                      </span>
                    )}
                    <Delivery percent={f.yearToDateDeliveryPercent} rag={f.yearToDateRag} />
                  </>
                ) : (
                  <span class="app-hub-small">—</span>
                )}
              </td>
              {canQuery && (
                <td>
                  <a href={returnHref(detail.subContractId, detail.quarter, `/query?path=${encodeURIComponent(valuePath(f.indicatorId))}`)}>
                    Query<span class="app-visually-hidden"> {f.name}</span>
                  </a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
