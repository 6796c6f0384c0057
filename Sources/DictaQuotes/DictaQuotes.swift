public enum DictaQuotesModule {}
