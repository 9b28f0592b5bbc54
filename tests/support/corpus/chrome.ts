import type { Random } from './random';
import { esc } from './vocabulary';

/**
 * Site chrome: the parts of a page that are the same on every page of a site and say nothing about this one,
 * with the traps real chrome sets: the site's name, the learner's name in the account menu, navigation
 * labelled "Certificates" and "Earn CEUs", a promotion with a percentage, a cookie banner, a footer with a
 * phone number and an address, and scripts full of dates.
 */
export interface SiteLook {
  /** The name the site calls itself ("NASM", "ACE Fitness"). */
  name: string;
  /** The organization's full name for the copyright line. */
  legalName: string;
  host: string;
  /** Navigation labels. */
  nav: readonly string[];
}

export function cookieBanner(random: Random): string {
  return random.pick([
    `<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to improve your experience, analyze site traffic and personalize content. By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.</p><button id="onetrust-pc-btn-handler">Cookie Settings</button> <button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>`,
    `<div class="cookie-notice"><p>This website uses cookies to ensure you get the best experience. <a href="/privacy">Learn more</a></p><button class="cookie-accept">Got it!</button></div>`,
    `<div id="CybotCookiebotDialog" role="dialog" aria-label="Cookie consent"><h2>This website uses cookies</h2><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Allow all</button><button>Use necessary cookies only</button></div>`,
  ]);
}

function promo(random: Random, look: SiteLook): string {
  return random.pick([
    `<div class="promo-banner" role="region" aria-label="Promotion">Cyber Week: Save 40% on CE courses and specializations &mdash; <a href="/continuing-education">Shop now</a></div>`,
    `<div class="announcement-bar">New: earn your ${esc(look.name)} recertification credits online. <a href="/courses">Browse courses</a></div>`,
    `<div class="site-alert">Scheduled maintenance Sunday 2:00-4:00 AM ET. Certificates remain available to download.</div>`,
  ]);
}

export function siteHeader(random: Random, look: SiteLook, learnerName: string): string {
  const first = learnerName.split(' ')[0];
  const links = look.nav
    .map((label) => `<li><a href="/${label.toLowerCase().replace(/\W+/g, '-')}">${esc(label)}</a></li>`)
    .join('');
  const account = random.pick([
    `<div class="account-menu"><button aria-haspopup="true">Hi, ${esc(first)}</button><ul hidden><li><a href="/account">My Account</a></li><li><a href="/account/certificates">My Certificates</a></li><li><a href="/logout">Sign out</a></li></ul></div>`,
    `<div class="header-actions"><a href="/cart" aria-label="Cart, 0 items">Cart</a> <a href="/my-account">${esc(learnerName)}</a></div>`,
    `<div class="user-nav"><a href="/dashboard">My Dashboard</a> <a href="/logout">Log out</a></div>`,
  ]);
  const logo = `<a class="site-logo" href="/"><img src="/assets/img/logo.svg" alt="${esc(look.name)} - ${esc(look.legalName)}" width="140" height="40"></a>`;
  const header = random.pick([
    `<header class="site-header" role="banner">${logo}<nav class="primary-nav" aria-label="Primary"><ul>${links}</ul></nav>${account}</header>`,
    `<header id="masthead">${logo}<nav aria-label="Main"><ul class="menu">${links}</ul></nav>${account}</header>`,
    `<div class="navbar" role="banner">${logo}<ul class="navbar-nav" role="navigation">${links}</ul>${account}</div>`,
  ]);
  return `${random.chance(0.3) ? promo(random, look) : ''}\n${header}`;
}

export function siteFooter(random: Random, look: SiteLook): string {
  const year = random.pick([2025, 2026]);
  return random.pick([
    `<footer class="site-footer" role="contentinfo"><div class="footer-grid"><div><h3>Continuing Education</h3><ul><li><a href="/ce">All CE Courses</a></li><li><a href="/recertify">Recertification requirements</a></li><li><a href="/approved-providers">Approved Providers</a></li></ul></div><div><h3>Support</h3><ul><li><a href="/contact">Contact Us</a></li><li><a href="/faq">FAQ</a></li><li>Call 800-460-${random.int(1000, 9999)}</li></ul></div></div><p class="legal">&copy; ${year} ${esc(look.legalName)}. All rights reserved.</p><p class="legal"><a href="/privacy-policy">Privacy Policy</a> | <a href="/terms">Terms and Conditions</a></p></footer>`,
    `<footer id="colophon"><p>Copyright ${year} ${esc(look.legalName)} &middot; ${random.int(100, 9999)} Commerce Blvd, Suite ${random.int(100, 400)}, Chandler, AZ 85286 &middot; <a href="/accessibility">Accessibility</a></p></footer>`,
    `<div class="footer" role="contentinfo"><ul><li><a href="/about">About ${esc(look.name)}</a></li><li><a href="/careers">Careers</a></li></ul><small>© ${year} ${esc(look.legalName)}</small></div>`,
  ]);
}

/** Scripts a real page carries: analytics and app state with dates and words that must never be read. */
export function siteScripts(random: Random, dates: readonly string[]): string {
  const tag = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-${random.code(6)}');</script>`;
  const state = `<script>window.__STATE__ = ${JSON.stringify({ user: { loggedIn: true }, enrolledOn: dates[0] ?? '2026-01-02', certificate: 'Certificate of Completion', cart: { count: 0, total: '$0.00' } })};</script>`;
  return `${tag}\n<script src="/assets/js/vendor.${random.hex(6)}.js"></script>\n${random.chance(0.5) ? state : ''}`;
}
