/**
 * Place-name parts for municipalities outside the built-in lists and for provider names
 * (駅前, 中央, 本町 …). Deterministic combinations read like real Japanese places.
 */
export const PLACE_HEADS = [
  '青葉', '旭', '朝日', '東', '西', '南', '北', '中央', '本', '栄', '若葉', '緑', '桜', '松', '竹', '梅',
  '富士見', '日の出', '光', '泉', '清水', '大', '小', '新', '高', '上', '下', '宮', '川', '山', '森', '岡',
] as const;
export const PLACE_TAILS = ['田', '川', '原', '野', '沢', '浜', '台', '丘', '島', '谷', '里', '崎', '山', '瀬', '町', '橋'] as const;
export const PROVIDER_PLACE_WORDS = ['駅前', '中央', '本町', '南口', '北口', '東口', '西口', '公園前', '通り', '団地前', '記念'] as const;
