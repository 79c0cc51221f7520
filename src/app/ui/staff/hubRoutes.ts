import type { Route } from '../routes';
import { lazyPages } from '../lazyPages';

// Tablets never need the hub staff pages: one chunk, loaded on first visit to /hub.
const lazyHubPage = lazyPages(() => import('./hubPages'));

/** The hub staff pages (online only), under /hub. */
export const hubRoutes: Route[] = [
  { path: '/hub', title: 'Hub staff', view: lazyHubPage('HubHomePage') },
  { path: '/hub/sign-in', title: 'Sign in to the hub', view: lazyHubPage('SignInPage') },
  { path: '/hub/members', title: 'Members and devices', view: lazyHubPage('MembersPage') },
  { path: '/hub/members/:memberId', title: 'Member’s devices', view: lazyHubPage('MemberPage') },
  { path: '/hub/members/:memberId/enrolment-code', title: 'Enrolment code', view: lazyHubPage('EnrolmentCodePage') },
  { path: '/hub/members/:memberId/devices/:deviceId/revoke', title: 'Revoke a device', view: lazyHubPage('RevokeDevicePage') },
  { path: '/hub/team', title: 'Team', view: lazyHubPage('TeamPage') },
  { path: '/hub/team/add', title: 'Add a colleague', view: lazyHubPage('AddColleaguePage') },
  { path: '/hub/team/password', title: 'Change your password', view: lazyHubPage('ChangePasswordPage') },
  { path: '/hub/team/:userId/remove', title: 'Remove access', view: lazyHubPage('RemoveColleaguePage') },
  { path: '/hub/team/:userId/reset-password', title: 'Reset a password', view: lazyHubPage('ResetPasswordPage') },
  { path: '/hub/returns', title: 'Returns', view: lazyHubPage('PrimeContractsPage') },
  { path: '/hub/prime-contracts/:primeContractId', title: 'Returns grid', view: lazyHubPage('ReturnsGridPage') },
  { path: '/hub/performance/:primeContractId', title: 'Performance', view: lazyHubPage('PerformancePage') },
  { path: '/hub/performance/:primeContractId/payments/:subContractId/:indicatorId', title: 'Record what was paid', view: lazyHubPage('RecordPaymentPage') },
  { path: '/hub/returns/:subContractId/:quarter', title: 'Return', view: lazyHubPage('ReturnPage') },
  { path: '/hub/returns/:subContractId/:quarter/query', title: 'Raise a query', view: lazyHubPage('RaiseQueryPage') },
  { path: '/hub/returns/:subContractId/:quarter/accept', title: 'Accept a return', view: lazyHubPage('AcceptReturnPage') },
  { path: '/hub/returns/:subContractId/:quarter/reopen', title: 'Reopen a return', view: lazyHubPage('ReopenReturnPage') },
  { path: '/hub/returns/:subContractId/:quarter/extension', title: 'Grant an extension', view: lazyHubPage('GrantUnrequestedPage') },
  { path: '/hub/returns/:subContractId/:quarter/queries/:queryId/close', title: 'Close a query', view: lazyHubPage('CloseQueryPage') },
  { path: '/hub/extensions', title: 'Extensions', view: lazyHubPage('ExtensionsPage') },
  { path: '/hub/extensions/:extensionId/grant', title: 'Grant an extension', view: lazyHubPage('GrantExtensionPage') },
  { path: '/hub/extensions/:extensionId/decline', title: 'Decline an extension', view: lazyHubPage('DeclineExtensionPage') },
];
