import { uploadOptions } from '@artbridge/platform-service';

/** Bank statements and the ECB history are large text files; JSON routes keep the default. */
export const UPLOAD_LIMIT_BYTES = 100 * 1024 * 1024;

export const UPLOAD_OPTIONS = uploadOptions(UPLOAD_LIMIT_BYTES);
