/** A category's id as the CSV's `category` column and the renewal CLI write them: "A", "ethics", "giving-back". */
export const CATEGORY_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
