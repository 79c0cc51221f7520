import type { Route } from '../routes';
import { CheckAnswersPage } from './CheckAnswersPage';
import { ExtensionPage } from './ExtensionPage';
import { QueryPage } from './QueryPage';
import { ReturnActivityPage } from './ReturnActivityPage';
import { ReturnExplanationsPage } from './ReturnExplanationsPage';
import { ReturnFiguresPage } from './ReturnFiguresPage';
import { ReturnFinancePage } from './ReturnFinancePage';
import { ReturnNarrativePage } from './ReturnNarrativePage';
import { ReturnPage } from './ReturnPage';
import { ReturnsListPage } from './ReturnsListPage';

/** The member manager's return screens (managers only; each screen checks). */
export const returnsRoutes: Route[] = [
  { path: '/returns', title: 'Quarterly returns', view: ReturnsListPage },
  { path: '/returns/:subContractId/:quarter', title: 'Return', view: ReturnPage },
  { path: '/returns/:subContractId/:quarter/activity', title: 'Activity this quarter', view: ReturnActivityPage },
  { path: '/returns/:subContractId/:quarter/figures', title: 'Figures', view: ReturnFiguresPage },
  { path: '/returns/:subContractId/:quarter/finance', title: 'Spend by budget line', view: ReturnFinancePage },
  { path: '/returns/:subContractId/:quarter/narrative', title: 'Narrative and case study', view: ReturnNarrativePage },
  { path: '/returns/:subContractId/:quarter/explanations', title: 'Explain warnings', view: ReturnExplanationsPage },
  { path: '/returns/:subContractId/:quarter/check', title: 'Check your answers', view: CheckAnswersPage },
  { path: '/returns/:subContractId/:quarter/extension', title: 'Ask for an extension', view: ExtensionPage },
  { path: '/returns/:subContractId/:quarter/queries/:queryId', title: 'Answer a query', view: QueryPage },
];
