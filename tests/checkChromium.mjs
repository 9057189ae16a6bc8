// Browser tests need a real Chromium. Fail loudly rather than skip.
import { existsSync } from 'node:fs';
const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Browser tests need Chromium at ${path}.
Install it with:  sudo apt-get install -y chromium
or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}
