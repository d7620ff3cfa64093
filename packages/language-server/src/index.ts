/** @nof/language-server: the NOF language server, to embed (startServer) or run (bin). */
export { startServer, type ServerContext } from './server.js';
export { DEFAULT_SETTINGS, readSettings, type NofSettings } from './settings.js';
export { NOF_LANGUAGE } from './project.js';
