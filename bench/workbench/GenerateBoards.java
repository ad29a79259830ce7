import java.nio.file.Path;

import org.devassign.testing.ScaleBoards;

/** Writes the benchmark's boards and configs: DIR/n1000 and DIR/n5000 (org.devassign.testing's ScaleBoards). */
public final class GenerateBoards {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            System.out.println("wrote " + ScaleBoards.write(dir.resolve("n" + n), n));
        }
    }
}
