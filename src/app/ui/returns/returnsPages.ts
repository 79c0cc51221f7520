// The member manager's return screens, in one chunk loaded on first visit to /returns (see ./returnsRoutes).
export { CheckAnswersPage } from './CheckAnswersPage';
export { ExtensionPage } from './ExtensionPage';
export { QueryPage } from './QueryPage';
export { ReturnActivityPage } from './ReturnActivityPage';
export { ReturnExplanationsPage } from './ReturnExplanationsPage';
export { ReturnFiguresPage } from './ReturnFiguresPage';
export { ReturnFinancePage } from './ReturnFinancePage';
export { ReturnNarrativePage } from './ReturnNarrativePage';
export { ReturnPage } from './ReturnPage';
export { ReturnsListPage } from './ReturnsListPage';
