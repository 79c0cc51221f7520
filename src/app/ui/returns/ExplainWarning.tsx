import { type Finding, findingKey } from '../../../core/schemas';
import type { ReturnWork } from '../../state/returnsWork';
import { setExplanation } from '../../state/returnsEdits';
import type { ReturnDraft } from '../../store/returns/types';
import { Textarea } from '../components/Textarea';

/** A warning and the manager's explanation of it (keyed by findingKey, as the hub reads it). */
export function ExplainWarning(props: { finding: Finding; draft: ReturnDraft; work: ReturnWork; personId: string; showMessage?: boolean }) {
  const key = findingKey(props.finding);
  const text = props.draft.explanations[key] ?? '';
  return (
    <div class="app-findings__item app-findings__item--warning" data-testid={`warning-${key}`}>
      <Textarea
        name={`explanations.${key}`}
        label={props.showMessage === false ? 'Explain this' : <>Explain this: {props.finding.message}</>}
        hint="Say why in a sentence or two. The hub reads this with your return."
        value={text}
        onInput={(value) => props.work.editor.change(props.personId, (d) => setExplanation(d, key, value))}
      />
    </div>
  );
}
