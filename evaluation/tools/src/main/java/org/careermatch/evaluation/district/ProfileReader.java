package org.careermatch.evaluation.district;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads profiles one at a time from a CSV file (the api batch upload's columns: {@code ref,
 * interests, skills, framework}, skills separated by ';') or a JSON Lines file (one object per line
 * with the same fields, {@code skills} an array or a ';'-separated string). A row that cannot be
 * read becomes a {@link Row} with an error, and reading goes on; only a file that cannot be read at
 * all (no header, unknown columns) fails the whole run.
 */
final class ProfileReader implements Closeable {
  static final Set<String> COLUMNS = Set.of("ref", "interests", "skills", "framework");

  /** The input formats. */
  enum Format {
    CSV,
    JSONL;

    static Format of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "csv" -> CSV;
        case "jsonl", "ndjson", "json" -> JSONL;
        default ->
            throw new IllegalArgumentException("unknown format '" + name + "' (csv or jsonl)");
      };
    }

    /** By the file's extension: .jsonl, .ndjson, .json are JSON Lines; anything else CSV. */
    static Format byName(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") ? JSONL : CSV;
    }
  }

  /**
   * One profile as read, numbered from 1 in file order; {@code error} says why it cannot be scored
   * (then the other fields may be null).
   *
   * @param line the line of the file where the row starts
   */
  record Row(
      long number,
      long line,
      String ref,
      String interests,
      List<String> skills,
      String framework,
      String error) {}

  private final CountingStream counter;
  private final Format format;
  private final RowSource rows;
  private final Closeable closeable;

  ProfileReader(InputStream in, Format format) throws IOException {
    this.counter = new CountingStream(in);
    this.format = format;
    Reader reader = withoutBom(new InputStreamReader(counter, StandardCharsets.UTF_8));
    if (format == Format.CSV) {
      CsvRows csv = new CsvRows(reader);
      this.rows = csv;
      this.closeable = csv.parser;
    } else {
      JsonLines json = new JsonLines(new BufferedReader(reader));
      this.rows = json;
      this.closeable = json.reader;
    }
  }

  Format format() {
    return format;
  }

  /** The next row, or null at the end of the file. */
  Row next() {
    return rows.read();
  }

  /**
   * Bytes of the file read so far (ahead of the rows returned by the reader's buffering, at most a
   * few KB).
   */
  long bytesRead() {
    return counter.count;
  }

  @Override
  public void close() throws IOException {
    closeable.close();
  }

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  private static List<String> splitSkills(String skills) {
    if (skills == null) {
      return List.of();
    }
    return Arrays.stream(skills.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Rows one at a time: the next one, or null at the end (and ever after). */
  private interface RowSource {
    Row read();
  }

  /**
   * CSV rows, as the api's batch upload reads them (same columns, same trimming and skills
   * separator).
   */
  private static final class CsvRows implements RowSource {
    private final com.fasterxml.jackson.databind.MappingIterator<List<String>> it;
    private final CsvParser parser;
    private final List<String> header = new ArrayList<>();
    private long number;
    private boolean done;

    CsvRows(Reader reader) throws IOException {
      CsvMapper mapper =
          CsvMapper.builder()
              .enable(CsvParser.Feature.TRIM_SPACES, CsvParser.Feature.SKIP_EMPTY_LINES)
              .enable(CsvParser.Feature.WRAP_AS_ARRAY)
              .build();
      this.it =
          mapper.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(reader);
      this.parser = (CsvParser) it.getParser();
      if (!it.hasNextValue()) {
        throw new InputException(
            "the CSV file is empty; it needs a header row (ref,interests,skills,framework)");
      }
      for (String name : it.nextValue()) {
        header.add(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
      }
      List<String> unknown = header.stream().filter(n -> !COLUMNS.contains(n)).toList();
      if (!unknown.isEmpty()) {
        throw new InputException(
            "unknown CSV column '"
                + unknown.get(0)
                + "'; the columns are ref, interests, skills, framework (learner names are not accepted)");
      }
      if (!header.contains("ref")) {
        throw new InputException(
            "the CSV header needs a 'ref' column (columns: ref, interests, skills, framework)");
      }
      if (!header.contains("interests") && !header.contains("skills")) {
        throw new InputException("the CSV header needs an 'interests' or a 'skills' column");
      }
    }

    @Override
    public Row read() {
      long line = 0;
      if (done) {
        return null;
      }
      try {
        if (!it.hasNextValue()) {
          done = true;
          return null;
        }
        line = parser.currentLocation().getLineNr();
        List<String> cells = it.nextValue();
        number++;
        if (cells.size() > header.size()) {
          String ref = cells.get(header.indexOf("ref"));
          return new Row(
              number,
              line,
              ref,
              null,
              null,
              null,
              "the row has " + cells.size() + " cells; the header has " + header.size());
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          byName.put(header.get(i), cells.get(i));
        }
        return new Row(
            number,
            line,
            byName.get("ref"),
            byName.get("interests"),
            splitSkills(byName.get("skills")),
            byName.get("framework"),
            null);
      } catch (JsonProcessingException | RuntimeException e) {
        // an unbalanced quote swallows the rest of the file: nothing after it can be read reliably
        done = true;
        number++;
        return new Row(
            number,
            line,
            null,
            null,
            null,
            null,
            "malformed CSV"
                + at(e)
                + "; the rest of the file"
                + " was not read (is a quote unbalanced?)");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static String at(Exception e) {
      JsonLocation l = e instanceof JsonProcessingException j ? j.getLocation() : null;
      return l == null || l.getLineNr() < 1 ? "" : " at line " + l.getLineNr();
    }
  }

  /**
   * JSON Lines: one object per line; a blank line is skipped, a line that is not an object is a row
   * error.
   */
  private static final class JsonLines implements RowSource {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final BufferedReader reader;
    private long number;
    private long line;
    private boolean done;

    JsonLines(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    public Row read() {
      if (done) {
        return null;
      }
      try {
        String text;
        do {
          text = reader.readLine();
          line++;
          if (text == null) {
            done = true;
            return null;
          }
        } while (text.isBlank());
        number++;
        JsonNode node;
        try {
          node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          return new Row(
              number, line, null, null, null, null, "not a JSON object (malformed JSON)");
        }
        if (node == null || !node.isObject()) {
          return new Row(number, line, null, null, null, null, "not a JSON object");
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames()
            .forEachRemaining(
                f -> {
                  if (!COLUMNS.contains(f)) {
                    unknown.add(f);
                  }
                });
        String ref = text(node, "ref");
        if (!unknown.isEmpty()) {
          return new Row(
              number,
              line,
              ref,
              null,
              null,
              null,
              "unknown field '"
                  + unknown.get(0)
                  + "'; the fields are ref, interests, skills, framework");
        }
        JsonNode skills = node.get("skills");
        List<String> list;
        if (skills == null || skills.isNull()) {
          list = List.of();
        } else if (skills.isArray()) {
          list = new ArrayList<>();
          for (JsonNode s : skills) {
            if (!s.isTextual()) {
              return new Row(number, line, ref, null, null, null, "skills must be strings");
            }
            list.add(s.asText());
          }
        } else if (skills.isTextual()) {
          list = splitSkills(skills.asText());
        } else {
          return new Row(number, line, ref, null, null, null, "skills must be an array of strings");
        }
        for (String f : List.of("ref", "interests", "framework")) {
          JsonNode v = node.get(f);
          if (v != null && !v.isNull() && !v.isValueNode()) {
            return new Row(number, line, ref, null, null, null, f + " must be a string");
          }
        }
        return new Row(
            number, line, ref, text(node, "interests"), list, text(node, "framework"), null);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static String text(JsonNode node, String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }

  private static final class CountingStream extends FilterInputStream {
    volatile long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** The file as a whole cannot be read (no header, unknown columns). */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
