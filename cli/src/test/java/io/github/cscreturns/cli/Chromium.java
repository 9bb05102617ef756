package io.github.cscreturns.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, the JDK's client), for
 * tests that open a page, press keys and click as a person would, and read what the page shows. One
 * page per browser; a temporary profile; the browser and every process it started are killed on
 * {@link #close()}. Timeouts are generous (a loaded 2-core machine); nothing waits a fixed time for
 * a result: waits are for a condition, with a deadline.
 */
final class Chromium implements AutoCloseable {
  /** Where to look, in order, when {@value #VARIABLE} is not set. */
  static final List<String> CANDIDATES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  /** The environment variable that names the browser binary, where it is not on the path. */
  static final String VARIABLE = "CSC_CHROMIUM";

  /** What to tell the person whose machine has no browser. */
  static final String HOW_TO_INSTALL =
      "No Chromium found (looked for " + VARIABLE + ", then " + String.join(", ", CANDIDATES) + " on the PATH), so the HTML"
          + " report's browser test cannot run. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set "
          + VARIABLE + " to a Chromium or Chrome binary; .ci/run installs it.";

  private static final Duration START = Duration.ofSeconds(120);
  private static final Duration COMMAND = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final List<ProcessHandle> started = new CopyOnWriteArrayList<>();
  private final WebSocket socket;
  private final String session;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();

  /** The browser binary: {@value #VARIABLE}, else the first of {@link #CANDIDATES} on the path. */
  static Optional<Path> find() {
    String named = System.getenv(VARIABLE);
    if (named != null && !named.isBlank()) {
      Path p = Path.of(named);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
    for (String name : CANDIDATES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p) && !Files.isDirectory(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with a profile in {@code profile} (a fresh directory) and opens a blank page. */
  static Chromium start(Path binary, Path profile) throws IOException, InterruptedException {
    Files.createDirectories(profile);
    List<String> command = new ArrayList<>(List.of(
        binary.toString(),
        "--headless",
        // a local page of our own; the sandbox fails in containers and as root
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--mute-audio",
        "--window-size=1200,900",
        "--remote-debugging-port=0",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "about:blank"));
    // its temporary files (a socket of a killed browser stays behind) beside the profile, not in /tmp
    Path temporary = Files.createDirectories(profile.resolveSibling(profile.getFileName() + ".tmp"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(profile.resolveSibling(profile.getFileName() + ".out").toFile())
            .redirectError(profile.resolveSibling(profile.getFileName() + ".err").toFile());
    builder.environment().put("TMPDIR", temporary.toAbsolutePath().toString());
    Process process = builder.start();
    try {
      // the browser writes its port and path here once it listens
      Path activePort = profile.resolve("DevToolsActivePort");
      Instant deadline = Instant.now().plus(START);
      List<String> lines = List.of();
      while (lines.size() < 2) {
        if (!process.isAlive()) {
          throw new IOException("Chromium exited (" + process.exitValue() + ") before it listened; see " + profile + ".err");
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IOException("Chromium did not listen within " + START.toSeconds() + " s; see " + profile + ".err");
        }
        if (Files.exists(activePort)) {
          lines = Files.readAllLines(activePort);
        }
        if (lines.size() < 2) {
          Thread.sleep(50); // polling for the port file, with the deadline above
        }
      }
      URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
      return new Chromium(process, uri);
    } catch (IOException | InterruptedException | RuntimeException e) {
      kill(process, List.of());
      throw e;
    }
  }

  private Chromium(Process process, URI uri) throws IOException, InterruptedException {
    this.process = process;
    process.descendants().forEach(started::add);
    Listener listener = new Listener();
    WebSocket ws;
    try {
      ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(COMMAND).buildAsync(uri, listener)
          .get(COMMAND.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      kill(process, started);
      throw new IOException("cannot connect to Chromium's DevTools at " + uri, e);
    }
    this.socket = ws;
    process.descendants().forEach(started::add);
    String target = call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank")).path("targetId").asText();
    this.session =
        call(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true)).path("sessionId").asText();
    for (String domain : List.of("Page", "Runtime", "Network", "Log")) {
      send(domain + ".enable", JSON.createObjectNode());
    }
    send("Emulation.setDeviceMetricsOverride",
        JSON.createObjectNode().put("width", 1200).put("height", 900).put("deviceScaleFactor", 1).put("mobile", false));
  }

  /** Turns the page's scripts off, as a locked-down browser has them, for the pages opened after. */
  void disableScripts() {
    send("Emulation.setScriptExecutionDisabled", JSON.createObjectNode().put("value", true));
  }

  /** Opens the URL in the page and waits for its load event. */
  void open(String url) {
    CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
    awaited.put("Page.loadEventFired", loaded);
    send("Page.navigate", JSON.createObjectNode().put("url", url));
    get(loaded, "the load of the page");
    // a late load event of the blank page must not pass for this one
    if (!waitUntil("window.location.href === " + quoted(url) + " && document.readyState === 'complete'")) {
      throw new AssertionError("the page " + url + " did not load");
    }
  }

  /** The value of a JavaScript expression in the page (JSON-serialisable; a promise is awaited). */
  JsonNode evaluate(String expression) {
    JsonNode result = send("Runtime.evaluate",
        JSON.createObjectNode().put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("the expression threw in the page: " + expression + "\n" + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Waits (up to 60 s, polling in the page) until the expression is true; false when it never became so. */
  boolean waitUntil(String expression) {
    return evaluate(
        "new Promise(function (done) { var until = Date.now() + 60000; (function poll() {"
            + " var v; try { v = (" + expression + "); } catch (e) { v = false; }"
            + " if (v) { done(true); } else if (Date.now() > until) { done(false); } else { setTimeout(poll, 20); } })(); })")
        .asBoolean();
  }

  /** A left click at the middle of the element, as a mouse gives it, after scrolling it into the middle of the view. */
  void click(String selector) {
    JsonNode box = evaluate(
        "(function () { var e = document.querySelector(" + quoted(selector) + "); if (!e) { return null; }"
            + " e.scrollIntoView({block: 'center', inline: 'center'}); var r = e.getBoundingClientRect();"
            + " return {x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height}; })()");
    if (box.isNull() || box.path("w").asDouble() == 0) {
      throw new AssertionError("nothing to click at " + selector);
    }
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      ObjectNode p = JSON.createObjectNode().put("type", type).put("x", box.path("x").asDouble()).put("y", box.path("y").asDouble());
      if (!type.equals("mouseMoved")) {
        p.put("button", "left").put("clickCount", 1);
      }
      send("Input.dispatchMouseEvent", p);
    }
  }

  /** Chooses the option of value {@code value} in a select, with the keyboard: focus, then arrow keys. */
  void choose(String selector, String value) {
    int target = evaluate("Array.prototype.map.call(document.querySelector(" + quoted(selector) + ").options, function (o) { return o.value; })"
        + ".indexOf(" + quoted(value) + ")").asInt();
    if (target < 0) {
      throw new AssertionError("no option " + value + " in " + selector);
    }
    evaluate("document.querySelector(" + quoted(selector) + ").focus()");
    for (int presses = 0; presses < 200; presses++) {
      int at = evaluate("document.querySelector(" + quoted(selector) + ").selectedIndex").asInt();
      if (at == target) {
        return;
      }
      boolean down = at < target;
      for (String type : List.of("rawKeyDown", "keyUp")) {
        send("Input.dispatchKeyEvent", JSON.createObjectNode().put("type", type).put("key", down ? "ArrowDown" : "ArrowUp")
            .put("code", down ? "ArrowDown" : "ArrowUp").put("windowsVirtualKeyCode", down ? 40 : 38)
            .put("nativeVirtualKeyCode", down ? 40 : 38));
      }
    }
    throw new AssertionError("the arrow keys did not reach option " + value + " of " + selector);
  }

  /** Every event of the page so far, as the protocol gave it ({@code method}, {@code params}). */
  List<JsonNode> events() {
    return List.copyOf(events);
  }

  /** A PNG of the page at its current size. */
  byte[] screenshot() {
    return java.util.Base64.getDecoder().decode(send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")).path("data").asText());
  }

  private JsonNode send(String method, ObjectNode params) {
    return call(session, method, params);
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    get(socket.sendText(message.toString(), true), "sending " + method);
    JsonNode answer = get(reply, method);
    if (answer.has("error")) {
      throw new AssertionError(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private <T> T get(CompletableFuture<T> future, String what) {
    try {
      return future.get(COMMAND.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what, e);
    } catch (ExecutionException e) {
      throw new AssertionError(what + " failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("Chromium gave no answer to " + what + " within " + COMMAND.toSeconds() + " s", e);
    }
  }

  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Kills the browser and every process it started; waits for them to end. */
  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // the browser is killed below either way
    }
    kill(process, started);
  }

  private static void kill(Process process, List<ProcessHandle> seen) {
    List<ProcessHandle> all = new ArrayList<>(seen);
    process.descendants().forEach(all::add);
    all.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
      for (ProcessHandle h : all) {
        h.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // a process that outlives its kill is beyond the test's reach; the test's result stands
    }
  }

  /** Assembles text frames into messages: replies complete their call, events are kept. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(text.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else if (message.has("method")) {
            events.add(message);
            CompletableFuture<JsonNode> waiting = awaited.remove(message.get("method").asText());
            if (waiting != null) {
              waiting.complete(message);
            }
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
      awaited.values().forEach(f -> f.completeExceptionally(error));
    }
  }
}
