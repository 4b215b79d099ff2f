package org.careermatch.api.match;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careermatch.api.match.MatchResponse.ClusterItem;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.api.system.UnreadableBodyException;
import org.careermatch.data.Checks;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link BatchRequest} from CSV and writes a {@link BatchResponse} as CSV.
 *
 * <p>In: a header row naming the columns ref, interests, skills, framework (any order, ref
 * required, case-insensitive; other columns are refused so that no name column slips in), then one
 * profile per row; skills separated by ';'.
 *
 * <p>Out: {@code ref, [interests, skills,] understood, holland_code, rank1_id, rank1_title,
 * rank1_score, rank1_fit, rank1_applies_in, rank1_reasons, ..., framework, error}; the interests
 * and skills columns repeat the learner's input when the request asks ({@code inputs=true});
 * reasons are the plain sentences of {@link ReasonWriter} with their points, separated by {@value
 * #REASON_SEPARATOR}. A cell that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or carriage return) is prefixed with a quote.
 */
@Component
class BatchCsvConverter extends AbstractHttpMessageConverter<Object> {
  static final MediaType TEXT_CSV = MediaType.parseMediaType(BatchController.TEXT_CSV);
  static final Set<String> COLUMNS = Set.of("ref", "interests", "skills", "framework");
  static final String REASON_SEPARATOR = " | ";
  static final String SKILL_SEPARATOR = ";";

  /** The columns of each ranked cluster, after its rank: rank1_id, rank1_title... */
  static final List<String> CLUSTER_COLUMNS =
      List.of("id", "title", "score", "fit", "applies_in", "reasons");

  private final CsvMapper csv =
      CsvMapper.builder()
          .enable(CsvParser.Feature.TRIM_SPACES, CsvParser.Feature.SKIP_EMPTY_LINES)
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();
  private final int maxProfiles;

  BatchCsvConverter(CareerMatchProperties properties) {
    super(StandardCharsets.UTF_8, TEXT_CSV);
    this.maxProfiles = properties.batch().maxProfiles();
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return clazz == BatchRequest.class || clazz == BatchResponse.class;
  }

  @Override
  public boolean canRead(Class<?> clazz, MediaType mediaType) {
    return clazz == BatchRequest.class && canRead(mediaType);
  }

  @Override
  public boolean canWrite(Class<?> clazz, MediaType mediaType) {
    return clazz == BatchResponse.class && canWrite(mediaType);
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    Charset charset = charset(input.getHeaders().getContentType());
    String text = decode(input.getBody().readAllBytes(), charset, input);
    List<BatchRequest.Profile> profiles = new ArrayList<>();
    try (Reader reader = withoutBom(new StringReader(text));
        MappingIterator<Map<String, String>> rows =
            csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(reader)) {
      boolean any = rows.hasNextValue();
      CsvSchema header = ((CsvParser) rows.getParser()).getSchema();
      if (header.size() == 0) {
        throw new UnreadableBodyException(
            "the CSV body is empty; it needs a header row (ref,interests,skills,"
                + "framework) and one row per profile",
            input);
      }
      checkHeader(header, input);
      if (!any) {
        throw new UnreadableBodyException("the CSV body has a header but no profile rows", input);
      }
      while (rows.hasNextValue()) {
        if (profiles.size() == maxProfiles) {
          throw ApiException.batchTooLarge(maxProfiles);
        }
        profiles.add(profile(rows.nextValue()));
      }
    } catch (JsonProcessingException e) {
      throw new UnreadableBodyException(
          "malformed CSV"
              + at(e.getLocation())
              + " (is a quote unbalanced, or does a row have more cells than the header?)",
          input);
    }
    return new BatchRequest(List.copyOf(profiles));
  }

  /**
   * The body as text, as strictly as JSON is read: bytes that are not valid in the charset, and NUL
   * characters, are refused with their line and column.
   */
  static String decode(byte[] body, Charset charset, HttpInputMessage input) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out =
        CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      throw new UnreadableBodyException(
          "the CSV body is not valid "
              + charset.name()
              + " at "
              + position(out, out.limit())
              + " (save the file as "
              + charset.name()
              + ")",
          input);
    }
    String text = out.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new UnreadableBodyException(
          "the CSV body holds a NUL character at "
              + position(text, nul)
              + "; a CSV file holds text only",
          input);
    }
    return text;
  }

  /** "line L, column C" of the character at {@code index}, both from 1. */
  private static String position(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (index - lineStart + 1);
  }

  private static void checkHeader(CsvSchema schema, HttpInputMessage input) {
    List<String> names = new ArrayList<>();
    for (CsvSchema.Column c : schema) {
      String name = c.getName().strip().toLowerCase(Locale.ROOT);
      if (names.contains(name)) {
        throw new UnreadableBodyException(
            "the CSV header names column "
                + org.careermatch.data.Checks.quote(name)
                + " twice; "
                + "each column may appear once",
            input);
      }
      names.add(name);
    }
    List<String> unknown = names.stream().filter(n -> !COLUMNS.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw new UnreadableBodyException(
          "unknown CSV column "
              + Checks.quote(unknown.get(0))
              + "; the columns are ref, interests, skills, framework (learner names are not accepted)",
          input);
    }
    if (!names.contains("ref")) {
      throw new UnreadableBodyException(
          "the CSV header needs a 'ref' column (columns: ref, interests, skills, " + "framework)",
          input);
    }
    if (!names.contains("interests") && !names.contains("skills")) {
      throw new UnreadableBodyException(
          "the CSV header needs an 'interests' or a 'skills' column", input);
    }
  }

  private static BatchRequest.Profile profile(Map<String, String> row) {
    Map<String, String> cells = new LinkedHashMap<>();
    row.forEach((k, v) -> cells.put(k.strip().toLowerCase(Locale.ROOT), v));
    String skills = cells.get("skills");
    List<String> list =
        skills == null
            ? List.of()
            : Arrays.stream(skills.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    return new BatchRequest.Profile(
        cells.get("ref"), cells.get("interests"), list, cells.get("framework"));
  }

  @Override
  protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
    BatchResponse response = (BatchResponse) body;
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).addColumn("ref");
    if (response.inputs()) {
      schema.addColumn("interests").addColumn("skills");
    }
    schema.addColumn("understood").addColumn("holland_code");
    for (int i = 1; i <= response.limit(); i++) {
      for (String c : CLUSTER_COLUMNS) {
        schema.addColumn("rank" + i + "_" + c);
      }
    }
    schema.addColumn("framework").addColumn("error");
    Charset charset = charset(output.getHeaders().getContentType());
    Writer writer = new OutputStreamWriter(output.getBody(), charset);
    try (SequenceWriter rows = csv.writerFor(List.class).with(schema.build()).writeValues(writer)) {
      for (BatchResponse.Result r : response.results()) {
        List<String> cells = new ArrayList<>();
        cells.add(cell(r.ref()));
        if (response.inputs()) {
          cells.add(cell(r.interests()));
          cells.add(cell(r.skills() == null ? null : String.join(SKILL_SEPARATOR, r.skills())));
        }
        cells.add(r.understood() == null ? "" : r.understood().toString());
        cells.add(cell(r.hollandCode()));
        for (int i = 0; i < response.limit(); i++) {
          if (i < r.clusters().size()) {
            ClusterItem c = r.clusters().get(i);
            cells.add(cell(c.id()));
            cells.add(cell(c.title()));
            cells.add(String.format(Locale.ROOT, "%.1f", c.score()));
            cells.add(cell(c.fit()));
            cells.add(
                cell(
                    c.appliesIn() == null
                        ? null
                        : c.appliesIn().stream()
                            .map(MatchResponse.AppliesIn::title)
                            .collect(Collectors.joining("; "))));
            cells.add(
                cell(
                    c.reasons() == null
                        ? null
                        : c.reasons().stream()
                            .map(
                                x ->
                                    x.reason()
                                        + String.format(Locale.ROOT, " (%.1f points)", x.points()))
                            .collect(Collectors.joining(REASON_SEPARATOR))));
          } else {
            for (int k = 0; k < CLUSTER_COLUMNS.size(); k++) {
              cells.add("");
            }
          }
        }
        cells.add(cell(r.framework()));
        cells.add(cell(r.error()));
        rows.write(cells);
      }
    }
    writer.flush();
  }

  /** A cell as text; one a spreadsheet would read as a formula gets a leading quote. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }

  private static Charset charset(MediaType type) {
    return type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
  }

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  private static String at(JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? "" : " at line " + l.getLineNr();
  }
}
