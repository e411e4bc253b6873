package cn.energydata.discovery.scan.objects;

import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.ItemKind;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.TaskKind;
import jakarta.enterprise.context.ApplicationScoped;

/** A file system mounted into the pod (NFS, SMB, a volume). */
@ApplicationScoped
public class FilesystemSourceScanner extends ObjectScanner {

    @Override
    public SourceKind kind() {
        return SourceKind.FILESYSTEM;
    }

    @Override
    public TaskKind itemTaskKind() {
        return TaskKind.FILE;
    }

    @Override
    ItemKind itemKind() {
        return ItemKind.FILE;
    }

    @Override
    ObjectStore open(Source source, Credentials credentials) {
        return new FilesystemObjectStore(source.spec().filesystem().root());
    }
}
