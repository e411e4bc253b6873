package cn.energydata.discovery.domain;

/** What a data source is: a JDBC database, an S3-compatible bucket or a mounted file system. */
public enum SourceKind {
    JDBC, S3, FILESYSTEM
}
