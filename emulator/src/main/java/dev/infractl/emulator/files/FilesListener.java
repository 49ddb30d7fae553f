package dev.infractl.emulator.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Serves the Files service over HTTP/1.1 (keep-alive, Content-Length or chunked bodies, 100-continue) on a socket
 * of its own. It reads the request head itself because the JDK's HttpServer folds every header name to one case in
 * both directions, and Azure Files keeps metadata names as the client set them ({@code x-ms-meta-ModelName}).
 * TLS, when wanted, comes with the socket: an {@code SSLServerSocket} handshakes on a connection's first read.
 */
public final class FilesListener implements AutoCloseable {

    private static final int IDLE_MILLIS = 120_000;
    private final ServerSocket socket;
    private final ExecutorService connections;
    private final Function<FilesRequest, Reply> handler;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    FilesListener(ServerSocket socket, ExecutorService connections, Function<FilesRequest, Reply> handler) {
        this.socket = socket;
        this.connections = connections;
        this.handler = handler;
        Thread acceptor = new Thread(this::accept, "infractl-emulator-files-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Serves {@code files} on {@code socket} (bound already), one connection a task of {@code connections}. */
    public static FilesListener serve(FileServiceEmulator files, ServerSocket socket, ExecutorService connections) {
        return new FilesListener(socket, connections, files::handle);
    }

    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // closing: nothing more to do with it
        }
        open.forEach(FilesListener::quietlyClose);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                open.add(connection);
                connections.execute(() -> converse(connection));
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void converse(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true);
            connection.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(connection.getInputStream(), 64 * 1024);
            OutputStream out = new BufferedOutputStream(connection.getOutputStream(), 64 * 1024);
            boolean alive = true;
            while (alive && !closed) {
                RequestHead head;
                try {
                    head = RequestHead.read(in);
                } catch (RequestHead.MalformedRequest e) {
                    write(out, "GET", Reply.error(FilesServiceError.badRequest("InvalidUri", e.getMessage())), false);
                    return;
                }
                if (head == null) {
                    return;
                }
                alive = head.keepsAlive();
                RequestBody body = RequestBody.of(head.headers(), in);
                if ("100-continue".equalsIgnoreCase(head.headers().first("Expect"))) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
                Reply reply = handler.apply(new FilesRequest(head.method(), head.target(), head.headers(), body,
                        connection.getInetAddress(), connection instanceof javax.net.ssl.SSLSocket));
                body.drain();
                write(out, head.method(), reply, alive);
            }
        } catch (SocketException | java.io.EOFException e) {
            // the client went away or the listener closed: the conversation is over
        } catch (IOException e) {
            // an unreadable request or a broken connection: nothing can be answered on it any more
        } finally {
            open.remove(connection);
        }
    }

    private static void write(OutputStream out, String method, Reply reply, boolean alive) throws IOException {
        long length = reply.streamed != null ? reply.streamed.length() : reply.body.length;
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status).append(' ')
                .append(ReasonPhrases.of(reply.status)).append("\r\n");
        for (Map.Entry<String, String> header : reply.headers.entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(length).append("\r\n");
        if (!alive) {
            head.append("Connection: close\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!method.equals("HEAD")) {
            if (reply.streamed != null) {
                reply.streamed.writeTo(out);
            } else {
                out.write(reply.body);
            }
        }
        out.flush();
    }

    private static void quietlyClose(Socket connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // closing: nothing more to do with it
        }
    }
}
