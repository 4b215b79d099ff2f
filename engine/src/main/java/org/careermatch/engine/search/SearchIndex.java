package org.careermatch.engine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A small immutable in-memory Lucene index of one segment, whose document ids are the positions of
 * the documents as given, so that a search's hits index straight into the caller's list of entries.
 */
final class SearchIndex implements AutoCloseable {
  private final DirectoryReader reader;
  private final LeafReader leaf;
  private final IndexSearcher searcher;

  SearchIndex(List<Document> documents, Analyzer analyzer) {
    try {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setMaxBufferedDocs(Math.max(2, documents.size() + 1))
              .setRAMBufferSizeMB(256);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        writer.addDocuments(documents);
        writer.forceMerge(1);
      }
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the search index", e);
    }
    if (documents.isEmpty()) {
      leaf = null;
    } else if (reader.leaves().size() != 1 || reader.maxDoc() != documents.size()) {
      throw new IllegalStateException(
          "the search index has "
              + reader.leaves().size()
              + " segments and "
              + reader.maxDoc()
              + " documents; expected one segment of "
              + documents.size());
    } else {
      leaf = reader.leaves().get(0).reader();
    }
    searcher = new IndexSearcher(reader);
  }

  /** The ids (positions) of the documents a query matches, in increasing order. */
  int[] matching(Query query) {
    if (leaf == null) {
      return new int[0];
    }
    try {
      ScoreDoc[] hits = searcher.search(query, reader.maxDoc()).scoreDocs;
      int[] ids = new int[hits.length];
      for (int i = 0; i < hits.length; i++) {
        ids[i] = hits[i].doc;
      }
      Arrays.sort(ids);
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ids (positions) of the documents with a term of a field that an automaton accepts, in
   * increasing order.
   */
  int[] matching(String field, CompiledAutomaton automaton) {
    Terms terms = terms(field);
    if (terms == null) {
      return new int[0];
    }
    try {
      FixedBitSet docs = new FixedBitSet(reader.maxDoc());
      TermsEnum e = automaton.getTermsEnum(terms);
      PostingsEnum postings = null;
      while (e.next() != null) {
        postings = e.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          docs.set(d);
        }
      }
      int[] ids = new int[docs.cardinality()];
      int i = 0;
      for (int d = docs.nextSetBit(0);
          d != DocIdSetIterator.NO_MORE_DOCS;
          d = d + 1 < docs.length() ? docs.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        ids[i++] = d;
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The terms dictionary of a field, or null when no document has it. */
  Terms terms(String field) {
    if (leaf == null) {
      return null;
    }
    try {
      return leaf.terms(field);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The distinct terms an analyzer makes of a text, in order. */
  static List<String> analyze(Analyzer analyzer, String field, String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (!term.toString().isBlank()) {
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(out);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
