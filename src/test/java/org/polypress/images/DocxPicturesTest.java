package org.polypress.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.ingest.OfficeDocuments;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.testing.PipelineStages;

class DocxPicturesTest {
    @TempDir
    Path dir;

    @Test
    void probe() throws Exception {
        Path file = dir.resolve("seed.docx");
        Files.write(file, OfficeDocuments.docx(null));
        Article a = PipelineStages.get().recognize(file);
        a.body().stream().filter(b -> b instanceof Block.Figure).forEach(System.out::println);
        System.out.println(a.source().warnings());
        PipelineStages.get().convert(file).files().forEach(f -> System.out.println(f.name() + " " + f.bytes().length));
    }
}
