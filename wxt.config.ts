import { defineConfig } from 'wxt';
import { PROVIDER_MATCHES } from './lib/detect/registry';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'CE Tally',
    description:
      'Keeps your continuing-education credits: notices finished courses, saves them in one click, tracks renewals. Nothing leaves your browser.',
    // Least privilege (see README, Privacy): no tabs, downloads, cookies or <all_urls>.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    host_permissions: PROVIDER_MATCHES,
    action: { default_title: 'CE Tally' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the course on this page to CE Tally' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'ce-tally@ce-tally.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
