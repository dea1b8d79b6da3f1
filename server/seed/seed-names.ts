/**
 * Names for the seed, in the scripts the console must handle: Latin (English, German and French, with umlauts,
 * accents and apostrophes), Spanish (accents, two family names) and Simplified Chinese (with pinyin for e-mail
 * addresses).
 */
export type Gender = 'female' | 'male';
export type NameCulture = 'english' | 'german' | 'french' | 'spanish' | 'chinese';

type GivenNames = Record<Gender, readonly string[]>;

export const GIVEN_NAMES: Record<Exclude<NameCulture, 'chinese'>, GivenNames> = {
  english: {
    female: ['Amelia', 'Isla', 'Ava', 'Mia', 'Emily', 'Charlotte', 'Sophie', 'Grace', 'Lucy', 'Eleanor', 'Hannah', 'Chloe', 'Olivia', 'Freya', 'Aisha', 'Niamh', 'Siobhán', 'Zoë'],
    male: ['Oliver', 'George', 'Harry', 'Jack', 'Noah', 'Thomas', 'James', 'William', 'Henry', 'Samuel', 'Daniel', 'Joseph', 'Arthur', 'Mohammed', 'Rhys', 'Seán', 'Callum', 'Rory'],
  },
  german: {
    female: ['Anna', 'Leonie', 'Lena', 'Marie', 'Emma', 'Sabine', 'Jülide', 'Käthe', 'Ursula', 'Greta', 'Frieda', 'Annegret'],
    male: ['Lukas', 'Jürgen', 'Günther', 'Felix', 'Maximilian', 'Jonas', 'Paul', 'Jörg', 'Klaus', 'Björn', 'Matthias', 'Uwe'],
  },
  french: {
    female: ['Camille', 'Léa', 'Chloé', 'Inès', 'Zoé', 'Noémie', 'Hélène', 'Élodie', 'Maëlle', 'Anaïs'],
    male: ['Louis', 'Hugo', 'Gabriel', 'Jules', 'Théo', 'François', 'Jérôme', 'Benoît', 'Gaël', 'Loïc'],
  },
  spanish: {
    female: ['María', 'Lucía', 'Sofía', 'Valentina', 'Camila', 'Inés', 'Begoña', 'Nuria', 'Concepción', 'Guadalupe', 'Carmen', 'Pilar', 'Ximena', 'Mónica', 'María José'],
    male: ['José', 'Jesús', 'Ángel', 'Martín', 'Mateo', 'Alejandro', 'Andrés', 'Raúl', 'Íñigo', 'Ramón', 'Fernando', 'Joaquín', 'Óscar', 'Iván', 'Juan Pablo'],
  },
};

export const FAMILY_NAMES: Record<Exclude<NameCulture, 'chinese'>, readonly string[]> = {
  english: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Clarke', 'Patel', 'Khan', "O'Brien", "O'Neill", 'Murphy', 'MacDonald', 'Ashworth-Lee'],
  german: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Krüger', 'Weiß', 'Groß', 'von Bülow'],
  french: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Lefèvre', 'Moreau', 'Girard', 'Fournier', 'Mercier', 'Leroy', 'Faure', "D'Aubigné", 'Chevalier'],
  spanish: ['García', 'Rodríguez', 'Martínez', 'López', 'González', 'Hernández', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Díaz', 'Gómez', 'Muñoz', 'Álvarez', 'Romero', 'Jiménez', 'Ruiz', 'Núñez', 'Peña', 'Ibáñez', 'Castillo', 'Ortega', 'Domínguez', 'Vázquez', 'Ordóñez'],
};

/** [characters, pinyin] */
export const CHINESE_FAMILY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['欧阳', 'ouyang'], ['司马', 'sima'],
];

export const CHINESE_GIVEN_NAMES: Record<Gender, ReadonlyArray<readonly [string, string]>> = {
  female: [['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['秀英', 'xiuying'], ['桂英', 'guiying'], ['欣怡', 'xinyi'], ['子涵', 'zihan'], ['雨桐', 'yutong']],
  male: [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['建华', 'jianhua'], ['晓明', 'xiaoming'], ['浩然', 'haoran']],
};

/** ASCII for e-mail local parts: no diacritics, ß as ss, letters and digits only. */
export function asciiOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
