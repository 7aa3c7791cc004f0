export { buildServer, type ServerOptions } from './server.ts';
export { API_ERRORS, ApiError, type ApiErrorCode } from './api-errors.ts';
export { MAX_FILE_BYTES } from './routes/claim-files.ts';
export { buildWeb, defaultWebRoot, ensureWebBuilt, isWebBuilt, serveWeb, WEB_PACKAGE_DIR } from './web-static.ts';
