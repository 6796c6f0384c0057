public enum DictaStoreModule {}
