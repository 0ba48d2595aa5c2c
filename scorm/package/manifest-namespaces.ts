/** Namespaces and schema locations of the two manifest formats (ADL SCORM 1.2 CAM; SCORM 2004 4th Edition CAM). */

export const XMLNS = 'http://www.w3.org/2000/xmlns/';
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export const SCORM12 = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  schemaversion: '1.2',
} as const;

export const SCORM2004 = {
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  schemaversion: '2004 4th Edition',
} as const;

/** Package-relative names every SCORM package shares. */
export const MANIFEST_FILE = 'imsmanifest.xml';
export const LAUNCH_FILE = 'index.html';
