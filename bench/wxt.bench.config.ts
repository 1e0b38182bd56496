// The extension built for the browser benchmark into its own output folders
// (.output/bench-chrome-mv3[-e2e]), so a bench run never rewrites the build
// another process (an e2e run, a dev session) is using.
import config from '../wxt.config';

export default { ...config, outDirTemplate: 'bench-{{browser}}-mv{{manifestVersion}}{{modeSuffix}}' };
