public enum DictaExtractModule {}
