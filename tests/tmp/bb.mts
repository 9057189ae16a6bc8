import { bundleBench } from '../bench/browserBench';
console.log(process.env.NODE_ENV, bundleBench());
