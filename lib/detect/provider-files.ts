/*
 * The registry: one line per provider file (`npm run new-provider -- <id> <host>` adds one). Each file holds its
 * provider's id, name, kind and URL shapes; registry.ts orders them as lib/model/provider-ids.ts lists the ids.
 */
export { accredible } from './providers/accredible';
export { ace } from './providers/ace';
export { acsm } from './providers/acsm';
export { aea } from './providers/aea';
export { afaa } from './providers/afaa';
export { coursera } from './providers/coursera';
export { credly } from './providers/credly';
export { edx } from './providers/edx';
export { humanKinetics } from './providers/human-kinetics';
export { issa } from './providers/issa';
export { linkedinLearning } from './providers/linkedin-learning';
export { medbridge } from './providers/medbridge';
export { nasm } from './providers/nasm';
export { netce } from './providers/netce';
export { nsca } from './providers/nsca';
export { pesi } from './providers/pesi';
export { udemy } from './providers/udemy';
