/** @nof/language-server: the NOF language server, to embed (startServer) or run (bin). */
export { startServer, type ServerContext } from './server.js';
export { NOF_LANGUAGE } from './project.js';
