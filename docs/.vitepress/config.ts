// The docs site's VitePress configuration for this repository's docs/ (see site-config.ts).
import { fileURLToPath } from 'node:url';
import { siteConfig } from './site-config';

export default siteConfig(fileURLToPath(new URL('..', import.meta.url)));
