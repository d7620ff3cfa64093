// What NOF's bundles give vega-loader in place of node-fetch: NOF loads nothing over the network
// (charts get their data inline), and node-fetch with its URL parser (whatwg-url, tr46) was a
// tenth of the language server's bundle.
module.exports = function fetch() {
  return Promise.reject(new Error('NOF loads nothing over the network.'));
};
