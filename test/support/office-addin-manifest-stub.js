// office-addin-mock requires office-addin-manifest only for its usage-data path; its own ESM
// dependency cannot load under jest's CommonJS runtime. Nothing in our tests calls it.
module.exports = {};
