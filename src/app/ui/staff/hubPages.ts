// Every hub staff page, in one chunk loaded on first visit to /hub (see ./hubRoutes): the hub-pages chunk.
import './hub.css';

export { SignInPage } from './SignInPage';
export { HubHomePage } from './HubHomePage';
export { MembersPage } from './MembersPage';
export { MemberPage } from './MemberPage';
export { RevokeDevicePage } from './RevokeDevicePage';
export { EnrolmentCodePage } from './EnrolmentCodePage';
export { PrimeContractsPage } from './returns/PrimeContractsPage';
export { ReturnsGridPage } from './returns/ReturnsGridPage';
export { PerformancePage } from './performance/PerformancePage';
export { RecordPaymentPage } from './performance/RecordPaymentPage';
export { ReturnPage } from './returns/ReturnPage';
export { RaiseQueryPage } from './returns/RaiseQueryPage';
export { AcceptReturnPage } from './returns/AcceptReturnPage';
export { ReopenReturnPage } from './returns/ReopenReturnPage';
export { CloseQueryPage } from './returns/CloseQueryPage';
export { ExtensionsPage } from './extensions/ExtensionsPage';
export { GrantExtensionPage, DeclineExtensionPage } from './extensions/DecideExtensionPage';
export { GrantUnrequestedPage } from './extensions/GrantUnrequestedPage';
export { TeamPage } from './team/TeamPage';
export { AddColleaguePage } from './team/AddColleaguePage';
export { ChangePasswordPage } from './team/ChangePasswordPage';
export { RemoveColleaguePage } from './team/RemoveColleaguePage';
export { ResetPasswordPage } from './team/ResetPasswordPage';
