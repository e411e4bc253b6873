package cn.energydata.classifier.engine.grading;

/**
 * What a level rests on: CONTENT (everything was read), PARTIAL (the highest level of what was read; part of the
 * document was not), UNKNOWN (nothing was read: CORE until a reviewer decides).
 */
public enum LevelBasis { CONTENT, PARTIAL, UNKNOWN }
