// Says which Node.js the frontend's tools ask for when the one running is older. Not an error: the build is seen
// working on Node 20.20 (the machines here), but @hey-api/openapi-ts 0.99 declares Node >= 22.18 and i18next 27
// Node >= 22, so an older Node is outside what their authors support.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.warn(
    `note: Node.js ${process.versions.node} is older than 22.18, which @hey-api/openapi-ts and i18next ask for; ` +
      'the build works on 20.20 but is unsupported upstream. Use Node.js 22.18 or newer where you can.',
  );
}
