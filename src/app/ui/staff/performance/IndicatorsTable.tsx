import type { IndicatorDeliveryRow } from '../../../../core/hub-api';
import { Tag } from '../components/Tag';
import { formatPercent, formatValue } from '../format';
import { RAG_COLOUR, ragWords } from '../returns/words';
import { Blank } from './Blank';

function Figure({ kind, value }: { kind: IndicatorDeliveryRow['kind']; value: number | null }) {
  return value === null ? <Blank /> : <>{formatValue(kind, value)}</>;
}

/** Delivery % with RAG in words (P1, P2); the colour only repeats the word. */
function Delivery({ percent, rag }: { percent: number | null; rag: IndicatorDeliveryRow['rag'] }) {
  if (percent === null) return <Blank words="No target" />;
  return (
    <span class="app-hub-delivery">
      {formatPercent(percent)} {rag && <Tag colour={RAG_COLOUR[rag]}>{ragWords(rag)}</Tag>}
    </span>
  );
}

/** Achieved, target and delivery: one period's three cells of a row. */
function DeliveryCells(p: { kind: IndicatorDeliveryRow['kind']; achieved: number | null; target: number | null; percent: number | null; rag: IndicatorDeliveryRow['rag'] }) {
  return (
    <>
      <td class="app-table__numeric">
        <Figure kind={p.kind} value={p.achieved} />
      </td>
      <td class="app-table__numeric">
        <Figure kind={p.kind} value={p.target} />
      </td>
      <td>
        <Delivery percent={p.percent} rag={p.rag} />
      </td>
    </>
  );
}

/** One sub-contract's indicators against its profile: the quarter, then the year to date. */
export function IndicatorsTable({ indicators, captionId, who }: { indicators: IndicatorDeliveryRow[]; captionId: string; who: string }) {
  if (indicators.length === 0) return <p>This sub-contract has no indicators to deliver.</p>;
  return (
    <div class="app-hub-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table class="app-table app-hub-performance" data-testid="indicators-table">
        <caption class="app-table__caption" id={captionId}>
          Delivery against the profile<span class="app-visually-hidden">, {who}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Indicator
            </th>
            <th scope="colgroup" colSpan={3}>
              This quarter
            </th>
            <th scope="colgroup" colSpan={3}>
              Year to date
            </th>
          </tr>
          <tr>
            <th scope="col" class="app-table__numeric">
              Achieved
            </th>
            <th scope="col" class="app-table__numeric">
              Target
            </th>
            <th scope="col">Delivery</th>
            <th scope="col" class="app-table__numeric">
              Achieved
            </th>
            <th scope="col" class="app-table__numeric">
              Target
            </th>
            <th scope="col">Delivery</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.indicatorId} data-testid="indicator-row">
              <th scope="row">
                {i.name}
                {i.key && <span class="app-hub-small app-hub-block">Key indicator</span>}
              </th>
              <DeliveryCells kind={i.kind} achieved={i.achieved} target={i.target} percent={i.percent} rag={i.rag} />
              <DeliveryCells kind={i.kind} achieved={i.yearToDateAchieved} target={i.yearToDateTarget} percent={i.yearToDatePercent} rag={i.yearToDateRag} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
