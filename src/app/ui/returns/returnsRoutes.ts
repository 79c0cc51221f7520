import { lazyPages } from '../lazyPages';
import type { Route } from '../routes';

// Only managers open these, a few times a quarter; they bring the validation engine with them.
const returnsPage = lazyPages(() => import('./returnsPages'));

/** The member manager's return screens (managers only; each screen checks). */
export const returnsRoutes: Route[] = [
  { path: '/returns', title: 'Quarterly returns', view: returnsPage('ReturnsListPage') },
  { path: '/returns/:subContractId/:quarter', title: 'Return', view: returnsPage('ReturnPage') },
  { path: '/returns/:subContractId/:quarter/activity', title: 'Activity this quarter', view: returnsPage('ReturnActivityPage') },
  { path: '/returns/:subContractId/:quarter/figures', title: 'Figures', view: returnsPage('ReturnFiguresPage') },
  { path: '/returns/:subContractId/:quarter/finance', title: 'Spend by budget line', view: returnsPage('ReturnFinancePage') },
  { path: '/returns/:subContractId/:quarter/narrative', title: 'Narrative and case study', view: returnsPage('ReturnNarrativePage') },
  { path: '/returns/:subContractId/:quarter/explanations', title: 'Explain warnings', view: returnsPage('ReturnExplanationsPage') },
  { path: '/returns/:subContractId/:quarter/check', title: 'Check your answers', view: returnsPage('CheckAnswersPage') },
  { path: '/returns/:subContractId/:quarter/extension', title: 'Ask for an extension', view: returnsPage('ExtensionPage') },
  { path: '/returns/:subContractId/:quarter/queries/:queryId', title: 'Answer a query', view: returnsPage('QueryPage') },
];
