package org.careermatch.engine.semantic;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a dynamically quantized BERT-style ONNX model so that each text of a padded batch is
 * quantized on its own, over its own tokens: a text then gets the same vector in a batch as alone
 * (up to float noise).
 *
 * <p>Why: the model's {@code DynamicQuantizeLinear} nodes (48 in bge-small-en-v1.5-q, one before
 * each group of {@code MatMulInteger}) take one int8 scale and zero point from the minimum and
 * maximum of the whole activation tensor, that is of every text of the batch and of the padding
 * positions too (padding tokens are masked out of the attention, but their hidden states are still
 * computed and join the minimum and maximum). A text's vector then moved with its batch-mates and
 * with the padding (cosine 0.987-0.998 to its vector alone).
 *
 * <p>What: every {@code DynamicQuantizeLinear} over {@code X} of shape [batch, tokens, width]
 * becomes the same arithmetic (ONNX Runtime's: range widened to include 0, scale = (max - min) /
 * 255, zero point = round(-min / scale) clipped to 0..255, q = clip(round(x / scale) + zero point,
 * 0, 255)) per row of the batch, with the minimum and maximum taken over the row's real tokens only
 * (padding positions count as 0, which the widened range holds anyway). {@code MatMulInteger} does
 * not take a zero point per row, so it runs without one and the exact int32 correction {@code
 * zeroPoint[row] * sum_k (W[k][n] - wZeroPoint[n])} is subtracted. A text alone (one row, no
 * padding) goes through the same arithmetic as in the original graph.
 *
 * <p>The model file is read and written in protobuf's wire format directly (the fields of
 * onnx.proto it touches are named below), so no protobuf library is needed. The rewrite checks the
 * structure it expects and fails with a message otherwise.
 */
final class PerTextQuantization {
  // onnx.proto field numbers
  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_NODE = 1;
  private static final int GRAPH_INITIALIZER = 5;
  private static final int GRAPH_INPUT = 11;
  private static final int NODE_INPUT = 1;
  private static final int NODE_OUTPUT = 2;
  private static final int NODE_NAME = 3;
  private static final int NODE_OP_TYPE = 4;
  private static final int NODE_ATTRIBUTE = 5;
  private static final int NODE_DOMAIN = 7;
  private static final int ATTR_NAME = 1;
  private static final int ATTR_I = 3;
  private static final int ATTR_INTS = 8;
  private static final int ATTR_TYPE = 20;
  private static final int ATTR_TYPE_INT = 2;
  private static final int ATTR_TYPE_INTS = 7;
  private static final int TENSOR_DATA_TYPE = 2;
  private static final int TENSOR_NAME = 8;
  private static final int TENSOR_RAW_DATA = 9;
  private static final int FLOAT = 1;
  private static final int UINT8 = 2;
  private static final int INT32 = 6;
  private static final int VALUE_INFO_NAME = 1;

  private static final String PREFIX = "careermatch/per_text/";
  private static final String ZERO = PREFIX + "zero";
  private static final String LEVELS = PREFIX + "255";
  private static final String MASK = PREFIX + "token_mask";

  private PerTextQuantization() {}

  /** The counts of what the rewrite changed, for its test. */
  record Result(byte[] model, int quantizers, int matMuls) {}

  static Result rewrite(byte[] model) {
    List<Field> modelFields = Field.parse(model, 0, model.length);
    Field graphField = single(modelFields, MODEL_GRAPH, "ModelProto.graph");
    List<Field> graph = Field.parse(model, graphField.start, graphField.end);

    List<Node> nodes = new ArrayList<>();
    boolean hasMask = false;
    for (Field f : graph) {
      if (f.number == GRAPH_NODE) {
        nodes.add(Node.parse(model, f));
      } else if (f.number == GRAPH_INPUT) {
        for (Field g : Field.parse(model, f.start, f.end)) {
          if (g.number == VALUE_INFO_NAME && g.string(model).equals("attention_mask")) {
            hasMask = true;
          }
        }
      }
    }
    if (!hasMask) {
      throw new IllegalArgumentException("the model has no input 'attention_mask'");
    }
    // who reads each value
    Map<String, List<Node>> readers = new HashMap<>();
    for (Node n : nodes) {
      for (String in : n.inputs) {
        readers.computeIfAbsent(in, k -> new ArrayList<>()).add(n);
      }
    }

    List<byte[]> out = new ArrayList<>();
    List<byte[]> initializers = new ArrayList<>();
    initializers.add(scalar(ZERO, 0f));
    initializers.add(scalar(LEVELS, 255f));
    // the mask as [batch, tokens, 1] floats: 1 for a real token, 0 for padding
    out.add(
        node(
            "Cast",
            List.of("attention_mask"),
            List.of(PREFIX + "mask_float"),
            intAttr("to", FLOAT)));
    out.add(node("Unsqueeze", List.of(PREFIX + "mask_float"), List.of(MASK), intsAttr("axes", 2)));

    Map<String, String> zeroPointInt =
        new HashMap<>(); // DynamicQuantizeLinear zero point -> its int32 [batch,1,1]
    for (Node n : nodes) {
      if (n.opType.equals("DynamicQuantizeLinear")) {
        if (n.inputs.size() != 1 || n.outputs.size() != 3) {
          throw new IllegalArgumentException("unexpected DynamicQuantizeLinear " + n.name);
        }
        zeroPointInt.put(n.outputs.get(2), PREFIX + "q" + zeroPointInt.size() + "/zero_point_int");
      }
    }
    Map<String, String> columnSums =
        new LinkedHashMap<>(); // weight|weight zero point -> sum over k of (W - zp)
    int quantizers = 0;
    int matMuls = 0;
    for (Node n : nodes) {
      if (n.opType.equals("DynamicQuantizeLinear")) {
        String zp = n.outputs.get(2);
        for (Node r : readers.getOrDefault(zp, List.of())) {
          if (!r.opType.equals("MatMulInteger") || r.inputs.indexOf(zp) != 2) {
            throw new IllegalArgumentException(
                r.opType + " " + r.name + " reads the zero point of " + n.name);
          }
        }
        String zeroPoint = zeroPointInt.get(zp);
        String p = zeroPoint.substring(0, zeroPoint.lastIndexOf('/') + 1);
        quantizers++;
        out.addAll(perRow(p, n.inputs.get(0), n.outputs.get(0), n.outputs.get(1), zeroPoint));
      } else if (n.opType.equals("MatMulInteger")
          && n.inputs.size() >= 3
          && zeroPointInt.containsKey(n.inputs.get(2))) {
        if (n.inputs.size() != 4 || n.outputs.size() != 1) {
          throw new IllegalArgumentException("unexpected MatMulInteger " + n.name);
        }
        String weight = n.inputs.get(1);
        String weightZeroPoint = n.inputs.get(3);
        String sums =
            columnSums.computeIfAbsent(
                weight + "|" + weightZeroPoint, k -> PREFIX + "column_sums" + columnSums.size());
        String y = n.outputs.get(0);
        String raw = PREFIX + "m" + matMuls + "/no_zero_point";
        String correction = PREFIX + "m" + matMuls + "/correction";
        matMuls++;
        out.add(n.withInputsAndOutput(List.of(n.inputs.get(0), weight, "", weightZeroPoint), raw));
        out.add(node("Mul", List.of(zeroPointInt.get(n.inputs.get(2)), sums), List.of(correction)));
        out.add(node("Sub", List.of(raw, correction), List.of(y)));
      } else {
        out.add(n.bytes);
      }
    }
    // sum over k of (W[k][n] - wZeroPoint[n]) as int32 [n]: from initializers only, so folded once
    // at load
    List<byte[]> sumsNodes = new ArrayList<>();
    for (Map.Entry<String, String> e : columnSums.entrySet()) {
      String[] wz = e.getKey().split("\\|", 2);
      String s = e.getValue();
      sumsNodes.add(node("Cast", List.of(wz[0]), List.of(s + "/w"), intAttr("to", INT32)));
      sumsNodes.add(node("Cast", List.of(wz[1]), List.of(s + "/zp"), intAttr("to", INT32)));
      sumsNodes.add(node("Sub", List.of(s + "/w", s + "/zp"), List.of(s + "/centred")));
      sumsNodes.add(
          node(
              "ReduceSum",
              List.of(s + "/centred"),
              List.of(s),
              intsAttr("axes", 0),
              intAttr("keepdims", 0)));
    }
    if (quantizers == 0) {
      throw new IllegalArgumentException("the model has no DynamicQuantizeLinear node");
    }

    Bytes g = new Bytes(graphField.end - graphField.start + (1 << 20));
    boolean nodesWritten = false;
    for (Field f : graph) {
      if (f.number == GRAPH_NODE) {
        if (!nodesWritten) {
          for (byte[] b : sumsNodes) {
            g.message(GRAPH_NODE, b);
          }
          for (byte[] b : out) {
            g.message(GRAPH_NODE, b);
          }
          nodesWritten = true;
        }
      } else {
        g.raw(model, f.fieldStart, f.end);
        if (f.number == GRAPH_INITIALIZER && initializers != null) {
          for (byte[] b : initializers) {
            g.message(GRAPH_INITIALIZER, b);
          }
          initializers = null;
        }
      }
    }
    if (initializers != null) {
      for (byte[] b : initializers) {
        g.message(GRAPH_INITIALIZER, b);
      }
    }
    Bytes m = new Bytes(model.length + (1 << 20));
    for (Field f : modelFields) {
      if (f.number == MODEL_GRAPH) {
        m.message(MODEL_GRAPH, g.toByteArray());
      } else {
        m.raw(model, f.fieldStart, f.end);
      }
    }
    return new Result(m.toByteArray(), quantizers, matMuls);
  }

  /**
   * DynamicQuantizeLinear's arithmetic per row of {@code x} [batch, tokens, width], over real
   * tokens only.
   */
  private static List<byte[]> perRow(
      String p, String x, String quantized, String scale, String zeroPointInt) {
    List<byte[]> n = new ArrayList<>();
    n.add(node("Mul", List.of(x, MASK), List.of(p + "masked")));
    n.add(
        node(
            "ReduceMin",
            List.of(p + "masked"),
            List.of(p + "min_tokens"),
            intsAttr("axes", 1, 2),
            intAttr("keepdims", 1)));
    n.add(
        node(
            "ReduceMax",
            List.of(p + "masked"),
            List.of(p + "max_tokens"),
            intsAttr("axes", 1, 2),
            intAttr("keepdims", 1)));
    n.add(node("Min", List.of(p + "min_tokens", ZERO), List.of(p + "min")));
    n.add(node("Max", List.of(p + "max_tokens", ZERO), List.of(p + "max")));
    n.add(node("Sub", List.of(p + "max", p + "min"), List.of(p + "range")));
    n.add(node("Div", List.of(p + "range", LEVELS), List.of(scale)));
    n.add(node("Div", List.of(p + "min", scale), List.of(p + "min_steps")));
    n.add(node("Sub", List.of(ZERO, p + "min_steps"), List.of(p + "zero_point_unclipped")));
    n.add(
        node(
            "Clip",
            List.of(p + "zero_point_unclipped", ZERO, LEVELS),
            List.of(p + "zero_point_clipped")));
    n.add(node("Round", List.of(p + "zero_point_clipped"), List.of(p + "zero_point")));
    n.add(node("Cast", List.of(p + "zero_point"), List.of(zeroPointInt), intAttr("to", INT32)));
    n.add(node("Div", List.of(x, scale), List.of(p + "steps")));
    n.add(node("Round", List.of(p + "steps"), List.of(p + "steps_rounded")));
    n.add(node("Add", List.of(p + "steps_rounded", p + "zero_point"), List.of(p + "shifted")));
    n.add(node("Clip", List.of(p + "shifted", ZERO, LEVELS), List.of(p + "clipped")));
    n.add(node("Cast", List.of(p + "clipped"), List.of(quantized), intAttr("to", UINT8)));
    return n;
  }

  private static Field single(List<Field> fields, int number, String what) {
    Field found = null;
    for (Field f : fields) {
      if (f.number == number) {
        if (found != null) {
          throw new IllegalArgumentException("more than one " + what);
        }
        found = f;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no " + what);
    }
    return found;
  }

  private static byte[] node(
      String opType, List<String> inputs, List<String> outputs, byte[]... attributes) {
    Bytes b = new Bytes();
    for (String in : inputs) {
      b.string(NODE_INPUT, in);
    }
    for (String o : outputs) {
      b.string(NODE_OUTPUT, o);
    }
    b.string(NODE_NAME, outputs.get(0) + "/node");
    b.string(NODE_OP_TYPE, opType);
    for (byte[] a : attributes) {
      b.message(NODE_ATTRIBUTE, a);
    }
    return b.toByteArray();
  }

  private static byte[] intAttr(String name, long value) {
    Bytes b = new Bytes();
    b.string(ATTR_NAME, name);
    b.varintField(ATTR_I, value);
    b.varintField(ATTR_TYPE, ATTR_TYPE_INT);
    return b.toByteArray();
  }

  private static byte[] intsAttr(String name, long... values) {
    Bytes b = new Bytes();
    b.string(ATTR_NAME, name);
    for (long v : values) {
      b.varintField(ATTR_INTS, v);
    }
    b.varintField(ATTR_TYPE, ATTR_TYPE_INTS);
    return b.toByteArray();
  }

  private static byte[] scalar(String name, float value) {
    return tensor(
        name, FLOAT, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
  }

  /** A scalar tensor (no dims) with its little-endian raw data. */
  private static byte[] tensor(String name, int dataType, byte[] raw) {
    Bytes b = new Bytes();
    b.varintField(TENSOR_DATA_TYPE, dataType);
    b.string(TENSOR_NAME, name);
    b.bytes(TENSOR_RAW_DATA, raw);
    return b.toByteArray();
  }

  /** A NodeProto as read: its bytes, and the fields the rewrite looks at. */
  private record Node(
      byte[] bytes,
      String name,
      String opType,
      String domain,
      List<String> inputs,
      List<String> outputs) {
    static Node parse(byte[] model, Field f) {
      String name = "";
      String op = "";
      String domain = "";
      List<String> inputs = new ArrayList<>();
      List<String> outputs = new ArrayList<>();
      for (Field g : Field.parse(model, f.start, f.end)) {
        switch (g.number) {
          case NODE_INPUT -> inputs.add(g.string(model));
          case NODE_OUTPUT -> outputs.add(g.string(model));
          case NODE_NAME -> name = g.string(model);
          case NODE_OP_TYPE -> op = g.string(model);
          case NODE_DOMAIN -> domain = g.string(model);
          default -> {}
        }
      }
      if (!domain.isEmpty() && (op.equals("DynamicQuantizeLinear") || op.equals("MatMulInteger"))) {
        throw new IllegalArgumentException(op + " " + name + " in domain " + domain);
      }
      byte[] bytes = java.util.Arrays.copyOfRange(model, f.start, f.end);
      return new Node(bytes, name, op, domain, inputs, outputs);
    }

    /** This node with other inputs and one output (its other fields kept). */
    byte[] withInputsAndOutput(List<String> newInputs, String output) {
      Bytes b = new Bytes();
      for (String in : newInputs) {
        b.string(NODE_INPUT, in);
      }
      b.string(NODE_OUTPUT, output);
      for (Field g : Field.parse(bytes, 0, bytes.length)) {
        if (g.number != NODE_INPUT && g.number != NODE_OUTPUT) {
          b.raw(bytes, g.fieldStart, g.end);
        }
      }
      return b.toByteArray();
    }
  }

  /**
   * One field of a protobuf message: its number, wire type, where it starts (tag) and its payload.
   */
  private record Field(int number, int wireType, int fieldStart, int start, int end, long value) {
    static List<Field> parse(byte[] b, int from, int to) {
      List<Field> out = new ArrayList<>();
      int[] at = {from};
      while (at[0] < to) {
        int fieldStart = at[0];
        long tag = varint(b, at);
        int number = (int) (tag >>> 3);
        int wire = (int) (tag & 7);
        switch (wire) {
          case 0 -> {
            int start = at[0];
            long v = varint(b, at);
            out.add(new Field(number, wire, fieldStart, start, at[0], v));
          }
          case 1 -> {
            out.add(new Field(number, wire, fieldStart, at[0], at[0] + 8, 0));
            at[0] += 8;
          }
          case 5 -> {
            out.add(new Field(number, wire, fieldStart, at[0], at[0] + 4, 0));
            at[0] += 4;
          }
          case 2 -> {
            long length = varint(b, at);
            if (length < 0 || at[0] + length > to) {
              throw new IllegalArgumentException(
                  "malformed model: field " + number + " runs past its message");
            }
            out.add(new Field(number, wire, fieldStart, at[0], (int) (at[0] + length), 0));
            at[0] += (int) length;
          }
          default -> throw new IllegalArgumentException("malformed model: wire type " + wire);
        }
      }
      if (at[0] != to) {
        throw new IllegalArgumentException("malformed model: a field runs past its message");
      }
      return out;
    }

    String string(byte[] b) {
      if (wireType != 2) {
        throw new IllegalArgumentException("field " + number + " is not a string");
      }
      return new String(b, start, end - start, StandardCharsets.UTF_8);
    }

    private static long varint(byte[] b, int[] at) {
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (at[0] >= b.length) {
          throw new IllegalArgumentException("malformed model: truncated varint");
        }
        byte x = b[at[0]++];
        result |= (long) (x & 0x7f) << shift;
        if ((x & 0x80) == 0) {
          return result;
        }
      }
      throw new IllegalArgumentException("malformed model: varint too long");
    }
  }

  /** A protobuf message being written. */
  private static final class Bytes {
    private final ByteArrayOutputStream out;

    Bytes() {
      this(64);
    }

    Bytes(int capacity) {
      out = new ByteArrayOutputStream(capacity);
    }

    void varint(long v) {
      while ((v & ~0x7fL) != 0) {
        out.write((int) ((v & 0x7f) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }

    void varintField(int number, long value) {
      varint((long) number << 3);
      varint(value);
    }

    void bytes(int number, byte[] b) {
      varint(((long) number << 3) | 2);
      varint(b.length);
      out.write(b, 0, b.length);
    }

    void message(int number, byte[] b) {
      bytes(number, b);
    }

    void string(int number, String s) {
      bytes(number, s.getBytes(StandardCharsets.UTF_8));
    }

    void raw(byte[] b, int from, int to) {
      out.write(b, from, to - from);
    }

    byte[] toByteArray() {
      return out.toByteArray();
    }
  }
}
