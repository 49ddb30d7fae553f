param location string = resourceGroup().location
