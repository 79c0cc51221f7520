import { DatabaseReplacedBanner } from './components/DatabaseReplacedBanner';
import { ServiceNav } from './components/ServiceNav';
import { WaitingStatus } from './components/WaitingStatus';
import { NextDeadline } from './returns/NextDeadline';
import { ReEnrolBanner } from './sync/ReEnrolBanner';
import { SyncStatus } from './sync/SyncStatus';
import { Footer } from './Footer';
import { Header } from './Header';
import { RouterView } from './RouterView';
import { routes } from './routes';
import { StatusBar } from './StatusBar';
import { UpdateBanner } from './UpdateBanner';

/**
 * The shell around every screen. Later parts fill the status bar's slots (items waiting to sync,
 * last sync, next deadline) and add screens to ./routes.
 */
export function App() {
  return (
    <>
      <a href="#main-content" class="app-skip-link">
        Skip to main content
      </a>
      <Header />
      <StatusBar waiting={<WaitingStatus />} lastSync={<SyncStatus />} nextDeadline={<NextDeadline />} />
      <ServiceNav />
      <div class="app-width-container">
        <main id="main-content" class="app-main" tabIndex={-1}>
          <UpdateBanner />
          <DatabaseReplacedBanner />
          <ReEnrolBanner />
          <RouterView routes={routes} />
        </main>
      </div>
      <Footer />
    </>
  );
}
