/**
 * The course outline, in order. A lesson page exists once `content/lessons/{ko,en}/<slug>.mdx`
 * does; until then the course map lists the title as in preparation. tests/site checks that every
 * lesson file's `order` matches its place here.
 */
export const course = [
  { slug: 'perceptron', ko: '퍼셉트론', en: 'The perceptron' },
  { slug: 'feedforward-networks', ko: '순방향 신경망과 심층 신경망', en: 'Feed-forward and deep networks' },
  { slug: 'gradient-descent', ko: '경사 하강법', en: 'Gradient descent' },
  { slug: 'backpropagation', ko: '역전파와 연쇄 법칙', en: 'Backpropagation and the chain rule' },
  { slug: 'vanishing-gradients', ko: '기울기 소실', en: 'Vanishing gradients' },
  { slug: 'relu', ko: 'ReLU', en: 'ReLU' },
  { slug: 'leaky-relu', ko: 'Leaky ReLU와 죽은 뉴런', en: 'Leaky ReLU and dying units' },
  { slug: 'batch-normalization', ko: '배치 정규화', en: 'Batch normalization' },
  { slug: 'resnet', ko: 'ResNet과 스킵 연결', en: 'ResNet and skip connections' },
  { slug: 'weight-initialization', ko: '가중치 초기화', en: 'Weight initialization' },
  { slug: 'exploding-gradients', ko: '기울기 폭주와 클리핑', en: 'Exploding gradients and clipping' },
  { slug: 'remedies-compared', ko: '해결책 비교', en: 'Remedies side by side' },
  { slug: 'playground', ko: '실험실', en: 'Playground' },
] as const;

export type LessonSlug = (typeof course)[number]['slug'];
