public enum DictaTextModule {}
