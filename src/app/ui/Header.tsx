export function Header() {
  return (
    <header class="app-header">
      <div class="app-width-container app-header__inner">
        <a href="/" class="app-header__service-name">
          Consortium Returns
        </a>
      </div>
    </header>
  );
}
